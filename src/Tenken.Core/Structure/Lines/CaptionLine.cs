using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>A 見出し on its own line: （目的） or (目的). Not a label such as (1), not a sentence.</summary>
internal static class CaptionLine
{
    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        // （罰則　第百十九条…） notes under an article may run long; real 見出し are short.
        var limit = text.AsSpan(1).StartsWith("罰則") ? 600 : 120;
        if (text.Length < 3 || text.Length > limit || !LineText.IsParenthesised(text) || text.Contains('。'))
            return null;
        if (ItemLabel.TryRead(text, out _))
            return null;
        return new ClassifiedLine(LineKind.Caption, source, text) { Label = text, Body = text };
    }
}
