using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>A 見出し on its own line: （目的） or (目的). Not a label such as (1), not a sentence.</summary>
internal static class CaptionLine
{
    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (text.Length < 3 || text.Length > 120 || !LineText.IsParenthesised(text) || text.Contains('。'))
            return null;
        if (ItemLabel.TryRead(text, out _))
            return null;
        return new ClassifiedLine(LineKind.Caption, source, text) { Label = text, Body = text };
    }
}
