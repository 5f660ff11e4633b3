using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tenken.Core.Reports.Summary;

namespace Tenken.Core.Reports.Html;

/// <summary>
/// Writes a single self-contained HTML overview: totals, inline SVG bar charts per category and per document, and a
/// searchable, filterable table of findings with the cue words marked. Nothing is loaded from the network (a
/// Content-Security-Policy forbids it); every text from the inputs is HTML-escaped.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public void Write(ReviewReport report, Stream output, ReportOptions options)
    {
        var summary = ReportSummary.Of(report);
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var title = report.Run.ProjectName.Length > 0 ? $"アナログ規制 点検結果（{report.Run.ProjectName}）" : "アナログ規制 点検結果";
        var scriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(HtmlAssets.Script)));
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"ja\"><head><meta charset=\"utf-8\">");
        w.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{scriptHash}'; img-src data:\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine($"<title>{HtmlText.Encode(title)}</title>");
        w.WriteLine($"<style>{HtmlAssets.Style}</style></head><body>");
        w.WriteLine($"<header><h1>{HtmlText.Encode(title)}</h1>");
        w.WriteLine($"<p class=\"run\">実行日時 {report.Run.StartedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}　入力 {HtmlText.Encode(string.Join("、", report.Run.Inputs))}</p></header>");
        WriteTotals(w, report, summary);
        w.WriteLine("<section><h2>規制区分別の指摘件数</h2>");
        HtmlCharts.WriteCategories(w, summary);
        w.WriteLine("</section><section><h2>例規別の指摘件数</h2>");
        HtmlCharts.WriteDocuments(w, summary);
        w.WriteLine("</section>");
        HtmlFindingTable.Write(w, report, summary);
        WriteDiagnostics(w, report);
        w.WriteLine($"<footer>tenken {HtmlText.Encode(report.Run.ToolVersion)} で作成。条文の出典は入力ファイル（e-Gov法令検索の法令XMLは「出典: e-Gov法令検索」）。</footer>");
        w.WriteLine($"<script>{HtmlAssets.Script}</script>");
        w.WriteLine("</body></html>");
    }

    private static void WriteTotals(TextWriter w, ReviewReport report, ReportSummary s)
    {
        w.Write("<ul class=\"totals\">");
        Total(w, "例規", s.Documents);
        Total(w, "条", s.Articles);
        if (s.FormsAndTables > 0)
            Total(w, "様式・別表", s.FormsAndTables);
        Total(w, "候補のある条", s.AnalogArticles);
        Total(w, "指摘", s.Findings);
        Total(w, "うち有効", s.ActiveFindings);
        Total(w, "判定済み", s.Decided);
        Total(w, "読込失敗ファイル", report.Run.FilesFailed, s.Errors > 0 || report.Run.FilesFailed > 0 ? "error" : "");
        w.WriteLine("</ul>");
    }

    private static void Total(TextWriter w, string label, int value, string css = "") =>
        w.Write($"<li class=\"{css}\"><b>{value.ToString("N0", CultureInfo.InvariantCulture)}</b>{label}</li>");

    private static void WriteDiagnostics(TextWriter w, ReviewReport report)
    {
        if (report.Diagnostics.Count == 0)
            return;
        w.WriteLine($"<section><h2>診断（{N(report.Diagnostics.Count)} 件）</h2><ul class=\"diagnostics\">");
        foreach (var d in report.Diagnostics)
            w.WriteLine($"<li>{HtmlText.Encode($"{d.File}:{d.Line}: {d.Message}")}</li>");
        w.WriteLine("</ul></section>");
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
