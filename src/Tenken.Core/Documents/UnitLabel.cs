using Tenken.Core.Numerals;

namespace Tenken.Core.Documents;

/// <summary>
/// Labels of 様式 and 別表 units: the key form (<see cref="Normalize"/>: as printed, full-width digits made ASCII,
/// spaces removed, so 様式第１号 is 様式第1号) and a comparison form (<see cref="Canonical"/>: every number in ASCII
/// digits, so 様式第一号 in an article matches a form printed 様式第1号).
/// </summary>
public static class UnitLabel
{
    public static string Normalize(ReadOnlySpan<char> printed)
    {
        var chars = new char[printed.Length];
        var n = 0;
        foreach (var c in printed)
        {
            if (c is ' ' or '　' or '\t' or '\u00A0')
                continue;
            chars[n++] = c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c;
        }
        return new string(chars, 0, n);
    }

    /// <summary>The normalised label with kanji numbers turned into digits: 別表第十二 → 別表第12.</summary>
    public static string Canonical(ReadOnlySpan<char> label)
    {
        var normal = Normalize(label);
        var sb = new System.Text.StringBuilder(normal.Length);
        for (var i = 0; i < normal.Length;)
        {
            if (KanjiNumeral.IsNumeralChar(normal[i]) && normal[i] != '元')
            {
                var len = Numeral.Read(normal, i, out var value);
                if (len > 0)
                {
                    sb.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    i += len;
                    continue;
                }
            }
            sb.Append(normal[i++]);
        }
        return sb.ToString();
    }
}
