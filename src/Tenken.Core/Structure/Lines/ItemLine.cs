using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>号 and sub-items: 一　… / (1)… / （１）… / ①… / イ　… / ア　… / (イ)… / (ｉ)….</summary>
internal static class ItemLine
{
    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (!ItemLabel.TryRead(text.AsSpan(0, Math.Min(text.Length, 40)), out var label))
            return null;
        return new ClassifiedLine(LineKind.Item, source, text)
        {
            Label = label!.Title,
            Item = label,
            Body = LineText.After(text, label.Length),
        };
    }
}
