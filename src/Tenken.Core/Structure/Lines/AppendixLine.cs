using System.Text;
using Tenken.Core.Documents;
using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>
/// Headings of appended blocks: 別表 / 別表第1（第3条関係） / 別記様式（第7条関係） / 様式第1号(第3条関係) / 様式第1号の2 /
/// 第2号様式 / 別記 / 別図 / 別紙. After the label may come a parenthesised note and a short title, but no sentence.
/// The classified line carries the kind (<see cref="ClassifiedLine.Label"/>: 様式, 別表, 別記 …), the label as
/// printed (<see cref="ClassifiedLine.Body"/>), the key label (<see cref="ClassifiedLine.Num"/>, see
/// <see cref="UnitLabel.Normalize"/>) and the rest of the heading (<see cref="ClassifiedLine.Caption"/>).
/// </summary>
internal static class AppendixLine
{
    private static readonly (string Word, string Kind)[] Words =
    [
        ("別記様式", "様式"), ("別表", "別表"), ("様式", "様式"), ("別記", "別記"), ("別図", "別図"),
        ("別紙", "別紙"), ("付表", "別表"), ("附表", "別表"), ("付録", "付録"), ("書式", "書式"),
    ];

    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (text.Length < 2 || text.Length > LineText.MaxHeadingLength || text.Contains('。'))
            return null;
        if (text[0] == '第')
            return NumberFirst(source, text);
        foreach (var (word, kind) in Words)
        {
            if (!text.StartsWith(word, StringComparison.Ordinal))
                continue;
            var pos = word.Length;
            var numbered = pos;
            while (numbered < text.Length && LineText.IsSpace(text[numbered]))
                numbered++;
            if (numbered < text.Length && text[numbered] == '第')
            {
                var len = Numeral.Read(text, numbered + 1, out _);
                if (len == 0)
                    return null;
                pos = numbered + 1 + len;
                if (pos < text.Length && text[pos] == '号')
                    pos++;
                pos += ArticleNumber.ReadBranches(text, pos, new StringBuilder());
            }
            return Heading(source, text, kind, pos);
        }
        return null;
    }

    // 第2号様式 / 第1号様式の2: the municipal spelling that puts the number first.
    private static ClassifiedLine? NumberFirst(SourceLine source, string text)
    {
        var len = Numeral.Read(text, 1, out _);
        if (len == 0)
            return null;
        var pos = 1 + len;
        if (!text.AsSpan(pos).StartsWith("号様式"))
            return null;
        pos += 3;
        pos += ArticleNumber.ReadBranches(text, pos, new StringBuilder());
        return Heading(source, text, "様式", pos);
    }

    private static ClassifiedLine? Heading(SourceLine source, string text, string kind, int labelEnd)
    {
        var rest = text.AsSpan(labelEnd);
        // 別表第1に掲げる… is a sentence, 別表第1（第3条関係） or 別表第1　手数料 is a heading.
        if (rest.Length > 0 && !LineText.IsSpace(rest[0]) && !LineText.IsOpenParen(rest[0]))
            return null;
        if (rest.Length > 0 && LineText.IsOpenParen(rest[0]))
        {
            var close = rest.IndexOfAny('）', ')');
            if (close < 0 || (close + 1 < rest.Length && !LineText.IsSpace(rest[close + 1])))
                return null;
        }
        // 別表第七　別表第十三 is a row of a 読替え table, not a heading with a title.
        var title = LineText.TrimSpaces(rest).ToString();
        if (title.IndexOfAny(' ', '　', '\t') >= 0 || Words.Any(w => title.StartsWith(w.Word, StringComparison.Ordinal)))
            return null;
        var printed = LineText.TrimSpaces(text.AsSpan(0, labelEnd)).ToString();
        return new ClassifiedLine(LineKind.Appendix, source, text)
        {
            Label = kind,
            Num = UnitLabel.Normalize(printed),
            Body = printed,
            Caption = title.Length > 0 ? title : null,
        };
    }
}
