using System.Text.RegularExpressions;

namespace Tenken.Office.Reading.Pdf;

/// <summary>
/// Drops what a page prints around the text: page numbers (1, - 1 -, －１－, 1/3, 1頁) near the top or bottom edge,
/// and a running header or footer, the same line at the top (or bottom) of at least half of the pages.
/// </summary>
internal static partial class PdfPageFurniture
{
    // Share of the page height, from the top and from the bottom, where page numbers are looked for.
    private const double EdgeZone = 0.12;

    public static List<List<PdfTextLine>> Remove(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> heights)
    {
        var kept = pages.Select((lines, i) => lines.Where(l => !IsPageNumber(l, heights[i])).ToList()).ToList();
        if (kept.Count < 2)
            return kept;
        var headers = Repeated(kept.Select(p => p.Count > 0 ? p[0].Text : null));
        var footers = Repeated(kept.Select(p => p.Count > 0 ? p[^1].Text : null));
        foreach (var lines in kept)
        {
            if (lines.Count > 0 && headers.Contains(lines[0].Text))
                lines.RemoveAt(0);
            if (lines.Count > 0 && footers.Contains(lines[^1].Text))
                lines.RemoveAt(lines.Count - 1);
        }
        return kept;
    }

    private static bool IsPageNumber(PdfTextLine line, double height) =>
        (line.Baseline < EdgeZone * height || line.Baseline > (1 - EdgeZone) * height) && PageNumber().IsMatch(line.Text);

    private static HashSet<string> Repeated(IEnumerable<string?> edgeLines)
    {
        var texts = edgeLines.ToList();
        var needed = Math.Max(2, (texts.Count + 1) / 2);
        return [.. texts.OfType<string>().GroupBy(t => t).Where(g => g.Count() >= needed).Select(g => g.Key)];
    }

    [GeneratedRegex(@"^(?:[-－‐―—–ー(（\s　]*(?:\d+|[０-９]+)[-－‐―—–ー)）\s　]*|(?:\d+|[０-９]+)\s*[/／]\s*(?:\d+|[０-９]+)|(?:\d+|[０-９]+)\s*(?:頁|ページ))$")]
    private static partial Regex PageNumber();
}
