namespace Tenken.Core.Numerals;

/// <summary>A number written either in kanji or in digits of either width, as found in 条・項・号 labels.</summary>
public static class Numeral
{
    public static bool IsNumeralChar(char c) => ArabicNumeral.IsDigit(c) || KanjiNumeral.IsNumeralChar(c);

    /// <summary>Parses a whole span written in one script: 十二, 一二, 12 or １２.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out int value) =>
        s.Length > 0 && ArabicNumeral.IsDigit(s[0]) ? ArabicNumeral.TryParse(s, out value) : KanjiNumeral.TryParse(s, out value);

    /// <summary>
    /// Reads the longest numeral at <paramref name="start"/> (digits, or kanji numerals, not mixed) and returns its
    /// length; 0 when there is none or it is malformed.
    /// </summary>
    public static int Read(ReadOnlySpan<char> s, int start, out int value)
    {
        value = 0;
        if (start >= s.Length)
            return 0;
        var arabic = ArabicNumeral.IsDigit(s[start]);
        var end = start;
        while (end < s.Length && (arabic ? ArabicNumeral.IsDigit(s[end]) : KanjiNumeral.IsNumeralChar(s[end]) && s[end] != '元'))
            end++;
        if (end == start && !arabic && s[start] == '元')
            end = start + 1;
        if (end == start)
            return 0;
        // Cap the run so a pathological line of numerals cannot make us parse megabytes.
        if (end - start > 12 || !TryParse(s[start..end], out value))
            return 0;
        return end - start;
    }
}
