using System.Globalization;
using Tenken.Core.Reports.Columns;
using Tenken.Core.Reports.Summary;
using Tenken.Core.Reports.Text;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Html;

/// <summary>The overview's list of findings with its search box and filters; cue words inside <c>&lt;mark&gt;</c>.</summary>
internal static class HtmlFindingTable
{
    public static void Write(TextWriter w, ReviewReport report, ReportSummary summary)
    {
        w.WriteLine($"<section id=\"list\"><h2>指摘一覧（{summary.Findings.ToString("N0", CultureInfo.InvariantCulture)} 件）</h2>");
        w.Write("<div class=\"filters\"><input id=\"q\" type=\"search\" placeholder=\"検索（例規名・条文・語句・理由。空白で区切るとすべてを含むもの）\" aria-label=\"検索\">");
        w.Write("<select id=\"cat\" aria-label=\"規制区分\"><option value=\"\">すべての規制区分</option>");
        foreach (var c in Categories.All)
            w.Write($"<option value=\"{c.Code}\">{HtmlText.Encode(c.Name)}</option>");
        w.Write("</select><select id=\"doc\" aria-label=\"例規\"><option value=\"\">すべての例規</option>");
        for (var i = 0; i < summary.ByDocument.Count; i++)
        {
            if (summary.ByDocument[i].Findings > 0)
                w.Write($"<option value=\"{i}\">{HtmlText.Encode(summary.ByDocument[i].Document.Document.Title)}</option>");
        }
        w.Write("</select><select id=\"judge\" aria-label=\"該非\"><option value=\"\">該非・判定すべて</option>");
        foreach (var j in ReportLabels.VerdictChoices)
            w.Write($"<option value=\"{j}\">{j}</option>");
        w.WriteLine("</select><span id=\"count\"></span></div>");
        w.WriteLine("<table id=\"findings\"><colgroup><col class=\"doc\"><col class=\"place\"><col class=\"cat\"><col class=\"judge\"><col><col class=\"why\"></colgroup><thead><tr><th>例規</th><th>条・項・号</th><th>規制区分</th><th>該非・判定</th><th>条文</th><th>理由・見直しの方向性</th></tr></thead><tbody>");
        var related = new RelatedUnits(report);
        var index = 0;
        foreach (var d in report.Documents)
        {
            foreach (var a in d.Articles)
            {
                foreach (var f in a.Findings)
                    WriteRow(w, new FindingRow(d, a, f), index, related);
            }
            index++;
        }
        w.WriteLine("</tbody></table></section>");
    }

    private static void WriteRow(TextWriter w, FindingRow row, int documentIndex, RelatedUnits related)
    {
        var f = row.Finding;
        var judgement = ReportLabels.Judgement(f);
        var verdict = f.Decision is { } d ? ReportLabels.Verdict(d.Verdict) : "";
        var group = verdict.Length > 0 ? verdict
            : judgement.StartsWith(ReportLabels.NotApplicable, StringComparison.Ordinal) ? ReportLabels.NotApplicable
            : judgement.StartsWith(ReportLabels.NeedsDiscussion, StringComparison.Ordinal) ? ReportLabels.NeedsDiscussion
            : ReportLabels.Applicable;
        var document = row.Document.Document;
        w.Write($"<tr id=\"{HtmlText.Encode(f.Id)}\" data-cat=\"{f.Category.Code()}\" data-doc=\"{documentIndex}\" data-judge=\"{group}\"{(f.IsActive ? "" : " class=\"inactive\"")}>");
        w.Write($"<td>{HtmlText.Encode(document.Title)}<div class=\"small\">{HtmlText.Encode(document.Number ?? "")}</div></td>");
        var caption = row.Article.Caption is { Length: > 0 } c ? $"<div class=\"small\">{HtmlText.Encode(c)}</div>" : "";
        var links = related.Any ? related.Of(row) : "";
        var linked = links.Length > 0 ? $"<div class=\"small\">関連: {HtmlText.Encode(links)}</div>" : "";
        w.Write($"<td>{HtmlText.Encode(row.Places.Of(f.Cues.Select(x => x.Start)))}{caption}{linked}</td>");
        w.Write($"<td>{HtmlText.Encode(f.Category.JapaneseName())}</td>");
        w.Write($"<td>{HtmlText.Encode(judgement)}");
        if (verdict.Length > 0)
            w.Write($"<div>判定: {HtmlText.Encode(verdict)}{(f.Decision!.Reviewer.Length > 0 ? $"（{HtmlText.Encode(f.Decision.Reviewer)}）" : "")}</div>");
        w.Write($"<div class=\"small\">確信度 {f.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}</div></td>");
        w.Write("<td class=\"text\"><div>");
        var text = row.Article.Text;
        HtmlText.WriteMarked(w, text, CueSpans.Merge(f.Cues, text.Length));
        w.Write("</div></td>");
        w.Write($"<td>{HtmlText.Encode(f.Reason)}");
        if (f.Ai is { Reason.Length: > 0 } ai)
            w.Write($"<div class=\"small\">AI（{HtmlText.Encode(ReportLabels.AiStatus(ai.Status))}）: {HtmlText.Encode(ai.Reason)}</div>");
        var direction = f.Direction.Length > 0 ? f.Direction : f.Ai?.Direction ?? "";
        if (direction.Length > 0)
            w.Write($"<div class=\"small\">見直し: {HtmlText.Encode(direction)}</div>");
        w.WriteLine("</td></tr>");
    }
}
