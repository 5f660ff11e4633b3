using System.Globalization;
using Tenken.Core.Reports.Summary;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Html;

/// <summary>The overview's inline SVG bar charts: active findings per category, and per document stacked by category.</summary>
internal static class HtmlCharts
{
    public const int MaxDocuments = 30;

    /// <summary>One colour per category, in the category table's order.</summary>
    public static readonly string[] Colors =
    [
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
        "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#17becf",
    ];

    private const int LabelWidth = 250;
    private const int BarWidth = 520;
    private const int RowHeight = 24;

    public static void WriteCategories(TextWriter w, ReportSummary summary)
    {
        var max = Math.Max(1, summary.ByCategory.Max(c => c.Active));
        var height = summary.ByCategory.Count * RowHeight + 8;
        w.Write($"<svg class=\"chart\" id=\"chart-categories\" role=\"img\" aria-label=\"規制区分別の指摘件数\" width=\"{LabelWidth + BarWidth + 70}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + 70} {height}\">");
        for (var i = 0; i < summary.ByCategory.Count; i++)
        {
            var c = summary.ByCategory[i];
            var y = i * RowHeight + 4;
            var width = Scale(c.Active, max);
            w.Write($"<g class=\"bar\" data-cat=\"{HtmlText.Encode(c.Category.Code)}\"><title>{HtmlText.Encode(c.Category.Name)}: {N(c.Active)} 件</title>");
            w.Write($"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{HtmlText.Encode(c.Category.Name)}</text>");
            w.Write($"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{width}\" height=\"{RowHeight - 8}\" fill=\"{Colors[i % Colors.Length]}\"/>");
            w.Write($"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 16}\">{N(c.Active)}</text></g>");
        }
        w.WriteLine("</svg>");
    }

    public static void WriteDocuments(TextWriter w, ReportSummary summary)
    {
        var ranked = summary.ByDocument.Select((d, i) => (Count: d, Index: i)).Where(x => x.Count.Active > 0)
            .OrderByDescending(x => x.Count.Active).ThenBy(x => x.Index).ToList();
        if (ranked.Count == 0)
        {
            w.WriteLine("<p>有効な指摘はありません。</p>");
            return;
        }
        var shown = ranked.Take(MaxDocuments).ToList();
        var max = Math.Max(1, shown[0].Count.Active);
        var height = shown.Count * RowHeight + 8;
        w.Write($"<svg class=\"chart\" id=\"chart-documents\" role=\"img\" aria-label=\"例規別の指摘件数\" width=\"{LabelWidth + BarWidth + 70}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + BarWidth + 70} {height}\">");
        for (var row = 0; row < shown.Count; row++)
        {
            var (d, index) = shown[row];
            var y = row * RowHeight + 4;
            var title = d.Document.Document.Title;
            w.Write($"<g class=\"bar\" data-doc=\"{index}\"><title>{HtmlText.Encode(title)}: {N(d.Active)} 件</title>");
            w.Write($"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{HtmlText.Encode(Shorten(title, 20))}</text>");
            double x = LabelWidth;
            for (var c = 0; c < d.ActiveByCategory.Count; c++)
            {
                if (d.ActiveByCategory[c] == 0)
                    continue;
                var width = d.ActiveByCategory[c] * (double)BarWidth / max;
                w.Write($"<rect x=\"{F(x)}\" y=\"{y + 3}\" width=\"{F(width)}\" height=\"{RowHeight - 8}\" fill=\"{Colors[c % Colors.Length]}\"><title>{HtmlText.Encode(Categories.All[c].Name)}: {N(d.ActiveByCategory[c])}</title></rect>");
                x += width;
            }
            w.Write($"<text x=\"{F(x + 6)}\" y=\"{y + 16}\">{N(d.Active)}</text></g>");
        }
        w.WriteLine("</svg>");
        w.Write("<ul class=\"legend\">");
        for (var c = 0; c < Categories.All.Count; c++)
            w.Write($"<li><span style=\"background:{Colors[c % Colors.Length]}\"></span>{HtmlText.Encode(Categories.All[c].Name)}</li>");
        w.WriteLine("</ul>");
        if (ranked.Count > shown.Count)
            w.WriteLine($"<p class=\"note\">指摘の多い上位 {shown.Count} 件を表示しています（ほか {N(ranked.Count - shown.Count)} 件の例規は下の一覧で確認できます）。</p>");
    }

    private static int Scale(int value, int max) => (int)Math.Round(value * (double)BarWidth / max);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
