namespace Tenken.Core.Numerals;

/// <summary>Small lower-case roman numerals (i … xxxix) of either width, as in the e-Gov label （ｉｉ）.</summary>
public static class RomanNumeral
{
    public static bool IsRomanChar(char c) => ToAscii(c) is 'i' or 'v' or 'x';

    public static bool TryParse(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 8)
            return false;
        Span<char> ascii = stackalloc char[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            ascii[i] = ToAscii(s[i]);
            if (ascii[i] is not ('i' or 'v' or 'x'))
                return false;
        }
        var total = 0;
        for (var i = 0; i < ascii.Length; i++)
        {
            var v = Value(ascii[i]);
            var next = i + 1 < ascii.Length ? Value(ascii[i + 1]) : 0;
            total += v < next ? -v : v;
        }
        // Only canonical spellings count, so "iiii" or "vx" are not numbers.
        if (total <= 0 || Format(total) != new string(ascii))
            return false;
        value = total;
        return true;
    }

    public static string Format(int value)
    {
        if (value is < 1 or > 39)
            throw new ArgumentOutOfRangeException(nameof(value));
        ReadOnlySpan<string> ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        return new string('x', value / 10) + ones[value % 10];
    }

    private static int Value(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, _ => 0 };

    private static char ToAscii(char c) => c is >= 'ａ' and <= 'ｚ' ? (char)(c - 'ａ' + 'a') : char.ToLowerInvariant(c);
}
