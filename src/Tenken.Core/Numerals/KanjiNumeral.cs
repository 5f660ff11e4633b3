namespace Tenken.Core.Numerals;

/// <summary>
/// Kanji numerals as printed in laws: 百二十三 (multiplicative, 〇一二…十百千万), 一二三 / 二〇 (positional, as in
/// e-Gov 法令番号 平成一一年), the old 壱弐参拾 forms and 元 (元年 = 1).
/// </summary>
public static class KanjiNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0 || c == '元';

    /// <summary>Parses a whole span of kanji numerals; false when it holds anything else or is malformed.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out int value)
    {
        var ok = TryParseInt64(s, out var wide) && wide <= int.MaxValue;
        value = ok ? (int)wide : 0;
        return ok;
    }

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, out int)"/>, for amounts beyond int (三十億円).</summary>
    public static bool TryParseInt64(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        if (s.IsEmpty)
            return false;
        if (s.Length == 1 && s[0] == '元')
        {
            value = 1;
            return true;
        }
        var multiplicative = false;
        foreach (var c in s)
        {
            if (UnitOf(c) > 0)
                multiplicative = true;
            else if (DigitOf(c) < 0)
                return false;
        }
        return multiplicative ? TryParseMultiplicative(s, out value) : TryParsePositional(s, out value);
    }

    /// <summary>Values above this are refused (no law counts that far; it keeps the arithmetic clear of overflow).</summary>
    private const long Limit = 999_999_999_999_999;

    private static bool TryParsePositional(ReadOnlySpan<char> s, out long value)
    {
        long v = 0;
        foreach (var c in s)
        {
            v = v * 10 + DigitOf(c);
            if (v > Limit)
            {
                value = 0;
                return false;
            }
        }
        value = v;
        return true;
    }

    // 一万二千三百四十五: digits multiply the unit after them; 万 closes a section of up to 9999.
    private static bool TryParseMultiplicative(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        long total = 0, section = 0, pending = -1;
        var lastSmallUnit = int.MaxValue;
        var lastBigUnit = long.MaxValue;
        foreach (var c in s)
        {
            var d = DigitOf(c);
            if (d >= 0)
            {
                pending = pending < 0 ? d : pending * 10 + d;
                if (pending > Limit)
                    return false;
                continue;
            }
            var unit = UnitOf(c);
            if (unit < 10000)
            {
                if (unit >= lastSmallUnit)
                    return false;
                section += (pending < 0 ? 1 : pending) * unit;
                lastSmallUnit = unit;
            }
            else
            {
                if (unit >= lastBigUnit)
                    return false;
                var multiplier = section + Math.Max(pending, 0);
                if (multiplier > Limit / unit)
                    return false;
                total += (multiplier == 0 ? 1 : multiplier) * unit;
                section = 0;
                lastSmallUnit = int.MaxValue;
                lastBigUnit = unit;
            }
            pending = -1;
            if (total > Limit)
                return false;
        }
        total += section + Math.Max(pending, 0);
        if (total > Limit)
            return false;
        value = total;
        return true;
    }

    /// <summary>Formats as laws print article numbers: 十, 百十一, 千二百, 一万二千三百四十五; 0 is 〇.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0)
            return "〇";
        var sb = new System.Text.StringBuilder();
        if (value >= 100_000_000)
        {
            sb.Append(FormatSection(value / 100_000_000, true)).Append('億');
            value %= 100_000_000;
        }
        if (value >= 10000)
        {
            sb.Append(FormatSection(value / 10000, true)).Append('万');
            value %= 10000;
        }
        sb.Append(FormatSection(value, false));
        return sb.ToString();
    }

    // leadingOne: 一万 keeps its 一, but 千 / 百 / 十 never do (千, not 一千).
    private static string FormatSection(int n, bool leadingOne)
    {
        var sb = new System.Text.StringBuilder();
        ReadOnlySpan<int> units = [1000, 100, 10];
        ReadOnlySpan<char> names = ['千', '百', '十'];
        for (var i = 0; i < units.Length; i++)
        {
            var d = n / units[i];
            n %= units[i];
            if (d == 0)
                continue;
            if (d > 1)
                sb.Append(Digits[d]);
            sb.Append(names[i]);
        }
        if (n > 0)
            sb.Append(Digits[n]);
        if (leadingOne && sb.Length == 1 && sb[0] == '千')
            return "千";
        return sb.ToString();
    }

    private static int DigitOf(char c) => c switch
    {
        '〇' or '零' or '○' => 0,
        '一' or '壱' or '壹' => 1,
        '二' or '弐' or '貳' => 2,
        '三' or '参' or '參' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' => 100,
        '千' or '阡' => 1000,
        '万' or '萬' => 10000,
        '億' => 100_000_000,
        _ => 0,
    };
}
