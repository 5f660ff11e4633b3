using System.Text;
using Tenken.Core.Numerals;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// The 条 column of a row read with the numerals module: 第十条の二, 第10条の2, 10の2, 10-2 (all Num "10_2"),
/// ranges of deleted articles (第五条から第七条まで, 第五条乃至第七条: "5:7"), optionally followed by 第N項 / 第N号,
/// or 附則 (with an optional label and article). Null from
/// <see cref="Parse"/> means the cell could not be read.
/// </summary>
internal sealed record ArticleCell(bool Supplementary, string? SupplementaryLabel, string? Title, string? Num, int Paragraph, int Item)
{
    public static ArticleCell Empty { get; } = new(false, null, null, null, 0, 0);

    public static ArticleCell? Parse(string cell)
    {
        var s = RemoveSpaces(cell);
        if (s.Length == 0)
            return Empty;
        var supplementary = false;
        string? label = null;
        if (s.StartsWith("附則", StringComparison.Ordinal))
        {
            supplementary = true;
            s = s[2..];
            if (s.Length > 0 && s[0] is '（' or '(')
            {
                var close = s.IndexOfAny(['）', ')']);
                if (close < 0)
                    return null;
                label = s[..(close + 1)];
                s = s[(close + 1)..];
            }
            if (s.Length == 0)
                return new ArticleCell(true, label, null, null, 0, 0);
        }
        if (!ReadArticle(s, out var title, out var num, out var rest))
            return null;
        var paragraph = 0;
        var item = 0;
        if (rest.Length > 0 && ArticleNumber.TryRead(rest, '項', out var p) && !p!.IsRange && int.TryParse(p.Num, out paragraph))
            rest = rest[p.Length..];
        if (rest.Length > 0 && ArticleNumber.TryRead(rest, '号', out var i) && !i!.IsRange && int.TryParse(i.Num, out item))
            rest = rest[i.Length..];
        return rest.Length == 0 ? new ArticleCell(supplementary, label, title, num, paragraph, item) : null;
    }

    // 第十条の二 as printed (also a range: 第五条から第七条まで, 第五条及び第六条, 第五条乃至第七条), or a bare number
    // (10, 10の2, 10-2, 10_2, １０条) given its kanji label.
    private static bool ReadArticle(string s, out string title, out string num, out string rest)
    {
        title = num = rest = "";
        if (ArticleNumber.TryRead(s, out var printed))
        {
            (title, num, rest) = (printed!.Title, printed.Num, s[printed.Length..]);
            // Old Acts write a range with 乃至; it is printed again as から…まで, which the structure parser reads.
            if (!printed.IsRange && rest.StartsWith("乃至", StringComparison.Ordinal) && ArticleNumber.TryRead(rest.AsSpan(2), out var last) && !last!.IsRange)
            {
                num = $"{printed.Num}:{last.Num}";
                title = ArticleNumber.FormatKanji(num);
                rest = rest[(2 + last.Length)..];
            }
            return true;
        }
        var len = Numeral.Read(s, 0, out var main);
        if (len == 0)
            return false;
        var sb = new StringBuilder().Append(main);
        var pos = len;
        if (pos < s.Length && s[pos] == '条')
            pos++;
        while (pos + 1 < s.Length && s[pos] is 'の' or '_' or '-' or '－' or 'ー' or '‐' or '−')
        {
            var branch = Numeral.Read(s, pos + 1, out var value);
            if (branch == 0)
                break;
            sb.Append('_').Append(value);
            pos += 1 + branch;
        }
        num = sb.ToString();
        title = ArticleNumber.FormatKanji(num);
        rest = s[pos..];
        return true;
    }

    private static string RemoveSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch))
                sb.Append(ch);
        }
        return sb.ToString();
    }
}
