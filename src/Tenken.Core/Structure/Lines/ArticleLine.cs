using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>第一条　… / 第1条の2　… / 第5条から第7条まで　削除. The label must be followed by a space, a 見出し or nothing.</summary>
internal static class ArticleLine
{
    public static ClassifiedLine? Match(SourceLine source, string text, bool hinted = false)
    {
        if (text.Length == 0 || text[0] != '第' || !ArticleNumber.TryRead(text.AsSpan(0, Math.Min(text.Length, 64)), out var number))
            return null;
        var end = number!.Length;
        var next = end < text.Length ? text[end] : '\0';
        string? caption = null;
        if (LineText.IsOpenParen(next) && InlineCaption(text, end) is { } c)
        {
            caption = c;
            end += c.Length;
        }
        else if (!(next == '\0' || LineText.IsSpace(next) || hinted || (number.IsRange && text.AsSpan(end).StartsWith("削除"))))
        {
            return null;
        }
        return new ClassifiedLine(LineKind.Article, source, text)
        {
            Label = number.Title,
            Num = number.Num,
            Caption = caption,
            Body = LineText.After(text, end),
        };
    }

    // 第1条（目的）　この… : a short parenthesised caption directly after the label, then a space.
    private static string? InlineCaption(string text, int start)
    {
        var close = text.AsSpan(start, Math.Min(text.Length - start, 40)).IndexOfAny('）', ')');
        if (close <= 1 || text.AsSpan(start, close).Contains('。'))
            return null;
        var after = start + close + 1;
        if (after < text.Length && !LineText.IsSpace(text[after]))
            return null;
        return text.Substring(start, close + 1);
    }
}
