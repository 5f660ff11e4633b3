namespace Tenken.Core.Numerals;

/// <summary>Half-width (0-9) and full-width (０-９) decimal digits.</summary>
public static class ArabicNumeral
{
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>Parses a whole span of digits of either width (mixed widths allowed); false on anything else or overflow.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty)
            return false;
        long v = 0;
        foreach (var c in s)
        {
            if (!IsDigit(c))
                return false;
            v = v * 10 + DigitValue(c);
            if (v > int.MaxValue)
                return false;
        }
        value = (int)v;
        return true;
    }

    /// <summary>Full-width digits, as in ２ or 第１２条.</summary>
    public static string ToFullWidth(int value) =>
        string.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length, value, static (span, v) =>
        {
            var s = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var i = 0; i < s.Length; i++)
                span[i] = s[i] == '-' ? '－' : (char)(s[i] - '0' + '０');
        });
}
