using System.Globalization;
using System.Net;
using System.Text;
using Tenken.Core.Drafting;

namespace Tenken.Core.Reports.Drafts;

/// <summary>
/// Writes the drafts as one self-contained HTML page for review: per ordinance the 新旧対照表 with the changed words
/// highlighted and underlined, the draft 改め文, and the 要個別検討 list. No script, nothing loaded from the network;
/// every text from the inputs is HTML-escaped.
/// </summary>
public sealed class DraftHtmlWriter : IDraftWriter
{
    private const string Style = """
        body{font-family:"Yu Gothic","Meiryo",sans-serif;margin:1.5em;color:#222}
        h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:2px solid #446;margin-top:2em}
        table{border-collapse:collapse;width:100%;margin:.5em 0}
        th,td{border:1px solid #889;padding:.4em .6em;vertical-align:top;text-align:left}
        th{background:#e8eaf2}td.text{white-space:pre-wrap;width:50%}
        u.after{background:#fff2a8;text-decoration:underline 2px}u.before{background:#fde0e0;text-decoration:underline 2px}
        .note{color:#555;font-size:.9em}.aratamebun p{margin:.3em 0}.totals li{display:inline-block;margin-right:1.5em}
        """;

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public void Write(DraftReport report, Stream output, DraftColumnOrder order)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var title = "改正案（新旧対照表・改め文）" + (report.Run.ProjectName.Length > 0 ? $"（{report.Run.ProjectName}）" : "");
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"ja\"><head><meta charset=\"utf-8\">");
        w.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        w.WriteLine($"<title>{E(title)}</title><style>{Style}</style></head><body>");
        w.WriteLine($"<h1>{E(title)}</h1>");
        w.WriteLine($"<ul class=\"totals\"><li>例規 {N(report.Documents.Count(d => d.Drafts.Count + d.Manual.Count > 0))}</li><li>草案 {N(report.Drafts.Count())} 条</li><li>{DraftLabels.Manual} {N(report.Manual.Count())} 件</li></ul>");
        var (first, second) = DraftLabels.Headers(order);
        foreach (var document in report.Documents.Where(d => d.Drafts.Count + d.Manual.Count > 0))
        {
            w.WriteLine($"<section><h2>{E(document.Title)}</h2>");
            if (document.Drafts.Count > 0)
            {
                w.WriteLine($"<table><thead><tr><th>{first}</th><th>{second}</th></tr></thead><tbody>");
                foreach (var draft in document.Drafts)
                {
                    w.Write("<tr>");
                    Cell(w, draft, after: order == DraftColumnOrder.AfterBefore);
                    Cell(w, draft, after: order != DraftColumnOrder.AfterBefore);
                    w.WriteLine("</tr>");
                    w.WriteLine($"<tr><td colspan=\"2\" class=\"note\">{E(DraftLabels.Categories(draft.Categories))}　{E(draft.Note)}</td></tr>");
                }
                w.WriteLine($"</tbody></table><p>{DraftLabels.Underlined}</p>");
                w.WriteLine($"<div class=\"aratamebun\"><h3>{E(document.AmendingTitle)}（案）</h3><p>{E(DraftLabels.Opening(document))}</p>");
                foreach (var sentence in document.Drafts.SelectMany(d => d.Aratamebun))
                    w.WriteLine($"<p>{E(sentence)}</p>");
                w.WriteLine($"<p>附　則</p><p>{E(DraftLabels.EnforcementLine(document))}</p></div>");
            }
            if (document.Manual.Count > 0)
            {
                w.WriteLine($"<h3>{DraftLabels.Manual}</h3><table><thead><tr><th>条</th><th>規制区分</th><th>語句</th><th>理由</th></tr></thead><tbody>");
                foreach (var m in document.Manual)
                    w.WriteLine($"<tr><td>{E(m.Article)}</td><td>{E(DraftLabels.Categories([m.Category]))}</td><td>{E(m.Cues)}</td><td>{E(m.Reason)}</td></tr>");
                w.WriteLine("</tbody></table>");
            }
            w.WriteLine("</section>");
        }
        if (report.Diagnostics.Count > 0)
        {
            w.WriteLine($"<section><h2>診断（{N(report.Diagnostics.Count)} 件）</h2><ul>");
            foreach (var d in report.Diagnostics)
                w.WriteLine($"<li>{E($"{d.File}:{d.Line}: {d.Message}")}</li>");
            w.WriteLine("</ul></section>");
        }
        w.WriteLine($"<footer class=\"note\">tenken {E(report.Run.ToolVersion)} で作成した草案です。法規担当の確認を経てから用いてください。</footer></body></html>");
    }

    private static void Cell(TextWriter w, ArticleDraft draft, bool after)
    {
        w.Write("<td class=\"text\">");
        w.Write(E(draft.Article + (draft.Caption is { Length: > 0 } c ? "　" + c : "")));
        w.Write('\n');
        foreach (var (text, changed) in DraftText.Pieces(draft, after))
            w.Write(changed ? $"<u class=\"{(after ? "after" : "before")}\">{E(text)}</u>" : E(text));
        w.Write("</td>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
