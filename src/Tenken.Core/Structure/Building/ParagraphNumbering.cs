namespace Tenken.Core.Structure.Building;

/// <summary>
/// Looks ahead over the classified lines: does the 条 (or 附則 block, division, appended block) each line belongs to
/// number its 項? There an unnumbered line is a wrapped continuation; elsewhere (old style) it may start a new 項.
/// </summary>
internal static class ParagraphNumbering
{
    public static bool[] Of(IReadOnlyList<ClassifiedLine> lines)
    {
        var result = new bool[lines.Count];
        var start = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && (i == start || !StartsSegment(lines[i].Kind)))
                continue;
            var numbered = false;
            for (var j = start; j < i; j++)
                numbered |= lines[j].Kind == LineKind.Paragraph && lines[j].Label.Length > 0;
            for (var j = start; j < i; j++)
                result[j] = numbered;
            start = i;
        }
        return result;
    }

    private static bool StartsSegment(LineKind kind) =>
        kind is LineKind.Article or LineKind.Supplementary or LineKind.Division or LineKind.Appendix;
}
