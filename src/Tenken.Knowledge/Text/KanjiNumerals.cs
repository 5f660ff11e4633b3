using System.Globalization;
using System.Text;

namespace Tenken.Knowledge.Text;

/// <summary>Rewrites runs of kanji numerals (第百二十三条, 三十日, 〇) as Arabic digits (第123条, 30日, 0).</summary>
public static class KanjiNumerals
{
    public static string ToDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNumeral(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }
            var start = i;
            while (i < text.Length && IsNumeral(text[i]))
                i++;
            sb.Append(Value(text.AsSpan(start, i - start)).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool IsNumeral(char c) => Digit(c) >= 0 || Unit(c) > 0;

    private static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c) is var d and >= 0 ? d : c == '零' ? 0 : -1;

    private static long Unit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '億' => 100_000_000,
        _ => 0,
    };

    /// <summary>Positional runs (二〇二四) read digit by digit; otherwise 千百十 units, with 万 and 億 as section units.</summary>
    private static long Value(ReadOnlySpan<char> run)
    {
        var positional = true;
        foreach (var c in run)
            positional &= Digit(c) >= 0;
        if (positional)
        {
            long v = 0;
            foreach (var c in run)
                v = v * 10 + Digit(c);
            return v;
        }
        long total = 0, section = 0, digit = 0;
        foreach (var c in run)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                digit = digit * 10 + d;
                continue;
            }
            var unit = Unit(c);
            if (unit >= 10_000)
            {
                total += (section + digit) * unit;
                section = digit = 0;
            }
            else
            {
                section += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return total + section + digit;
    }
}
