using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>
/// Headings of appended blocks: 別表 / 別表第1（第3条関係） / 別記様式（第7条関係） / 様式第1号(第3条関係) / 別記 / 別図 / 別紙.
/// After the word may come a number, a parenthesised note and a short title, but no sentence.
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
        foreach (var (word, kind) in Words)
        {
            if (!text.StartsWith(word, StringComparison.Ordinal))
                continue;
            var pos = word.Length;
            if (pos < text.Length && text[pos] == '第')
            {
                var len = Numeral.Read(text, pos + 1, out _);
                if (len == 0)
                    return null;
                pos += 1 + len;
                if (pos < text.Length && text[pos] == '号')
                    pos++;
                pos += ArticleNumber.ReadBranches(text, pos, new System.Text.StringBuilder());
            }
            var rest = text.AsSpan(pos);
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
            return new ClassifiedLine(LineKind.Appendix, source, text) { Label = kind, Body = text };
        }
        return null;
    }
}
