namespace Tenken.Core.Screening.Basis;

/// <summary>
/// Finds 「名称＋第N条」 citations (法第十条, 施行令第三条の二第一項, 道路交通法第二条) by walking runs of kanji and
/// katakana and looking for 第…条 inside each run's first characters. A regular expression for the same thing tried
/// every kanji as a start with backtracking, which made it the costliest step of screening.
/// </summary>
internal static class ArticleCitations
{
    /// <summary>An article or item number as a regular expression: the characters <see cref="IsDigit"/> accepts.</summary>
    public const string NumberPattern = "[〇一二三四五六七八九十百千0-9０-９]+";

    /// <summary>
    /// The first alias (1–12 characters of kanji/katakana starting a run) directly followed by an article number,
    /// for which <paramref name="accept"/> holds; the longest alias wins at a run start, like a greedy match.
    /// </summary>
    public static (string Alias, string Article)? FirstAlias(string text, Func<string, bool> accept)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (!IsNameChar(text[start], middleDot: false) || (start > 0 && IsNameChar(text[start - 1], middleDot: false)))
                continue;
            var run = RunLength(text, start, middleDot: false);
            for (var length = Math.Min(12, run); length >= 1; length--)
            {
                var article = ArticleNumberAt(text, start + length);
                if (article is null)
                    continue;
                var alias = text.Substring(start, length);
                if (accept(alias))
                    return (alias, article);
                // A match that is not a known alias is passed over whole, as a regex scan would.
                start += length + article.Length - 1;
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// The first law name (3–31 characters of kanji, katakana or ・ starting a run, ending in 法, not 同法・本法・前法・旧法)
    /// directly followed by an article number; the longest name wins.
    /// </summary>
    public static (string Name, string Article)? FirstNamedLaw(string text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            if (!IsNameChar(text[start], middleDot: true) || (start > 0 && IsNameChar(text[start - 1], middleDot: true)))
                continue;
            if (start + 1 < text.Length && text[start + 1] == '法' && text[start] is '同' or '本' or '前' or '旧')
                continue;
            var run = RunLength(text, start, middleDot: true);
            for (var length = Math.Min(31, run); length >= 3; length--)
            {
                if (text[start + length - 1] != '法')
                    continue;
                if (ArticleNumberAt(text, start + length) is { } article)
                    return (text.Substring(start, length), article);
            }
        }
        return null;
    }

    /// <summary>第N条(のN)*(第N項)? starting exactly at <paramref name="position"/>, or null.</summary>
    public static string? ArticleNumberAt(string text, int position)
    {
        var end = Numbered(text, position, '条');
        if (end < 0)
            return null;
        while (end + 1 < text.Length && text[end] == 'の' && IsDigit(text[end + 1]))
        {
            var next = end + 1;
            while (next < text.Length && IsDigit(text[next]))
                next++;
            end = next;
        }
        var paragraph = Numbered(text, end, '項');
        return text[position..(paragraph > 0 ? paragraph : end)];
    }

    // 第, digits, then the unit: the end after the unit, or -1.
    private static int Numbered(string text, int position, char unit)
    {
        if (position >= text.Length || text[position] != '第')
            return -1;
        var i = position + 1;
        while (i < text.Length && IsDigit(text[i]))
            i++;
        return i > position + 1 && i < text.Length && text[i] == unit ? i + 1 : -1;
    }

    private static int RunLength(string text, int start, bool middleDot)
    {
        var end = start;
        while (end < text.Length && IsNameChar(text[end], middleDot))
            end++;
        return end - start;
    }

    private static bool IsNameChar(char c, bool middleDot) =>
        c is >= '一' and <= '龥' or >= 'ァ' and <= 'ヶ' or 'ー' || (middleDot && c == '・');

    private static bool IsDigit(char c) =>
        c is '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千'
            or >= '0' and <= '9' or >= '０' and <= '９';
}
