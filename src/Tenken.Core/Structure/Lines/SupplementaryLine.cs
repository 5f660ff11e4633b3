namespace Tenken.Core.Structure.Lines;

/// <summary>附則 headings: 附　則 / 附則（平成20年3月31日規則第5号） / 附　則　（…）　抄 / 付則.</summary>
internal static class SupplementaryLine
{
    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (text.Length < 2 || text.Length > LineText.MaxHeadingLength || text[0] is not ('附' or '付'))
            return null;
        var i = 1;
        while (i < text.Length && LineText.IsSpace(text[i]))
            i++;
        if (i >= text.Length || text[i] != '則')
            return null;
        var rest = LineText.TrimSpaces(text.AsSpan(i + 1));
        if (rest.EndsWith("抄"))
            rest = LineText.TrimSpaces(rest[..^1]);
        if (rest.Length > 0 && !LineText.IsParenthesised(rest))
            return null;
        return new ClassifiedLine(LineKind.Supplementary, source, text) { Label = text };
    }
}
