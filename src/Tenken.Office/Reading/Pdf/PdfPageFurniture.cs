using System.Text.RegularExpressions;

namespace Tenken.Office.Reading.Pdf;

/// <summary>
/// Drops what a page prints around the text: page numbers (1, - 1 -, －１－, 1/3, 1頁) near the top or bottom edge,
/// and a running header or footer: the same line at the same height at the top (or bottom) of four pages in five,
/// set apart from the text by a wider gap than its lines have.
/// </summary>
internal static partial class PdfPageFurniture
{
    // Share of the page height, from the top and from the bottom, where page numbers are looked for.
    private const double EdgeZone = 0.12;
    // Share of the pages a running header or footer must stand on, and how far its height may vary (points).
    private const double RepeatShare = 0.8;
    private const double SameHeight = 2;
    // How much wider than the median line gap the gap between a header (or footer) and the text is.
    private const double ApartFactor = 1.2;

    public static List<List<PdfTextLine>> Remove(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> heights)
    {
        var kept = pages.Select((lines, i) => lines.Where(l => !IsPageNumber(l, heights[i])).ToList()).ToList();
        if (kept.Count < 2)
            return kept;
        var headers = Repeated(kept.Select(p => Apart(p, 0, 1) ? p[0] : null));
        var footers = Repeated(kept.Select(p => Apart(p, p.Count - 1, p.Count - 2) ? p[^1] : null));
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

    // A header or footer stands apart from the text: the gap to the next line is wider than the page's usual line gap.
    private static bool Apart(List<PdfTextLine> page, int edge, int neighbour)
    {
        if (page.Count == 0)
            return false;
        if (page.Count <= 2)
            return true;
        // The text's own gaps: every gap but the one between the edge line and its neighbour.
        var text = edge == 0 ? page.Skip(1).ToList() : page.Take(page.Count - 1).ToList();
        var gaps = text.Zip(text.Skip(1), (a, b) => Math.Abs(a.Baseline - b.Baseline)).Order().ToList();
        return Math.Abs(page[edge].Baseline - page[neighbour].Baseline) >= ApartFactor * gaps[gaps.Count / 2];
    }

    // A running header stands on (nearly) every page at the same height; a line of the text that happens to open or
    // close several pages (the same sentence in many articles) does not, or not on four pages in five.
    private static HashSet<string> Repeated(IEnumerable<PdfTextLine?> edgeLines)
    {
        var lines = edgeLines.ToList();
        var needed = Math.Max(2, (int)Math.Ceiling(RepeatShare * lines.Count));
        return [.. lines.OfType<PdfTextLine>().GroupBy(l => l.Text)
            .Where(g => g.Count() >= needed && g.Max(l => l.Baseline) - g.Min(l => l.Baseline) <= SameHeight)
            .Select(g => g.Key)];
    }

    [GeneratedRegex(@"^(?:[-－‐―—–ー(（\s　]*(?:\d+|[０-９]+)[-－‐―—–ー)）\s　]*|(?:\d+|[０-９]+)\s*[/／]\s*(?:\d+|[０-９]+)|(?:\d+|[０-９]+)\s*(?:頁|ページ))$")]
    private static partial Regex PageNumber();
}
