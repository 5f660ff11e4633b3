using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>A numbered 項: ２　… / 2　… (digits of either width, then a space).</summary>
internal static class ParagraphLine
{
    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        var len = 0;
        while (len < text.Length && len < 4 && ArabicNumeral.IsDigit(text[len]))
            len++;
        if (len == 0 || len == 4 || !ArabicNumeral.TryParse(text.AsSpan(0, len), out var value) || value == 0)
            return null;
        if (len < text.Length && !LineText.IsSpace(text[len]))
            return null;
        return new ClassifiedLine(LineKind.Paragraph, source, text)
        {
            Label = text[..len],
            Num = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Body = LineText.After(text, len),
        };
    }

    /// <summary>An unnumbered 項 the reader knows to be one (e.g. an HTML clause without a number).</summary>
    public static ClassifiedLine Unnumbered(SourceLine source, string text) =>
        new(LineKind.Paragraph, source, text) { Body = text };
}
