using System.Globalization;
using Tenken.Core.Numerals;

namespace Tenken.Core.Drafting.Numbering;

/// <summary>
/// How a document writes the numbers of 第N条・第N項・第N号: in kanji (e-Gov: 第三条第二項), or in digits whose width may
/// differ between one-digit and longer numbers (many 例規集 print 第９条 but 第10条). 改め文 follow the document.
/// </summary>
public sealed record NumeralStyle(NumeralScript OneDigit, NumeralScript MoreDigits)
{
    public static NumeralStyle Kanji { get; } = new(NumeralScript.Kanji, NumeralScript.Kanji);

    public static NumeralStyle HalfWidth { get; } = new(NumeralScript.HalfWidth, NumeralScript.HalfWidth);

    public static NumeralStyle FullWidth { get; } = new(NumeralScript.FullWidth, NumeralScript.FullWidth);

    public bool IsKanji => OneDigit == NumeralScript.Kanji;

    public string Format(int value)
    {
        var script = value is >= 0 and < 10 ? OneDigit : MoreDigits;
        return script switch
        {
            NumeralScript.Kanji => KanjiNumeral.Format(value),
            NumeralScript.FullWidth => ArabicNumeral.ToFullWidth(value),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An e-Gov Num (<c>10_2</c>) with its counter: 第十条の二, 第10条の2 …; <paramref name="counter"/> is 条 or 号.</summary>
    public string Label(string num, char counter)
    {
        var parts = num.Split('_');
        var text = "第" + FormatPart(parts[0]) + counter;
        foreach (var branch in parts.Skip(1))
            text += "の" + FormatPart(branch);
        return text;
    }

    private string FormatPart(string part) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Format(value) : part;
}
