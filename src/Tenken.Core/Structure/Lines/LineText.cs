namespace Tenken.Core.Structure.Lines;

/// <summary>Helpers shared by the line recognisers.</summary>
internal static class LineText
{
    /// <summary>Heading lines (captions, 附則, 別表, divisions) are short; longer lines are never taken for one.</summary>
    public const int MaxHeadingLength = 160;

    public static bool IsSpace(char c) => c is ' ' or '　' or '\t' or '\u00A0';

    public static string TrimSpaces(string s) => s.Trim(' ', '　', '\t', '\u00A0', '\r', '\n', '\uFEFF');

    public static ReadOnlySpan<char> TrimSpaces(ReadOnlySpan<char> s) => s.Trim(" 　\t\u00A0\r\n\uFEFF");

    /// <summary>The text after a label: the separating spaces skipped.</summary>
    public static string After(string text, int index)
    {
        var i = index;
        while (i < text.Length && IsSpace(text[i]))
            i++;
        return i >= text.Length ? "" : text[i..];
    }

    public static bool IsOpenParen(char c) => c is '（' or '(';

    public static bool IsCloseParen(char c) => c is '）' or ')';

    /// <summary>True when the whole span is one parenthesised group: （…） or (…), brackets balanced.</summary>
    public static bool IsParenthesised(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || !IsOpenParen(s[0]) || !IsCloseParen(s[^1]))
            return false;
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (IsOpenParen(s[i]))
                depth++;
            else if (IsCloseParen(s[i]) && --depth == 0 && i != s.Length - 1)
                return false;
        }
        return depth == 0;
    }
}
