using System.Text.Json;
using Tenken.Core.Serialization;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Drafts;

/// <summary>
/// Writes drafts.json (docs/draft.md): <c>schemaVersion</c> 1, <c>drafts</c> (key, document, title, article,
/// category, pattern, before, after, aratamebun, note, then findings and changes), <c>manual</c> (要個別検討),
/// <c>summary</c> (per category) and <c>diagnostics</c>. Fields are only ever added within a version.
/// </summary>
public sealed class DraftJsonWriter : IDraftWriter
{
    public const int SchemaVersion = 1;

    public IReadOnlyCollection<string> Extensions { get; } = [".json"];

    public void Write(DraftReport report, Stream output, DraftColumnOrder order)
    {
        using var w = new Utf8JsonWriter(output, JsonDefaults.Indented);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartArray("drafts");
        foreach (var draft in report.Drafts)
            WriteDraft(w, draft);
        w.WriteEndArray();
        w.WriteStartArray("manual");
        foreach (var m in report.Manual)
        {
            w.WriteStartObject();
            w.WriteString("key", m.Key);
            w.WriteString("document", m.DocumentId);
            w.WriteString("title", m.DocumentTitle);
            w.WriteString("article", m.Article);
            w.WriteString("category", m.Category.Code());
            w.WriteString("finding", m.FindingId);
            w.WriteString("cues", m.Cues);
            w.WriteString("reason", m.Reason);
            w.WriteBoolean("checkFailed", m.CheckFailed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteSummary(w, report);
        w.WriteStartArray("diagnostics");
        foreach (var d in report.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("file", d.File);
            w.WriteNumber("line", d.Line);
            w.WriteString("message", d.Message);
            if (d.Code.Length > 0)
                w.WriteString("code", d.Code);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDraft(Utf8JsonWriter w, Drafting.ArticleDraft draft)
    {
        w.WriteStartObject();
        w.WriteString("key", draft.Key);
        w.WriteString("document", draft.DocumentId);
        w.WriteString("title", draft.DocumentTitle);
        w.WriteString("article", draft.Article);
        w.WriteString("category", string.Join(",", draft.Categories.Select(c => c.Code())));
        w.WriteString("pattern", string.Join(",", draft.Patterns));
        w.WriteString("before", draft.Before);
        w.WriteString("after", draft.After);
        w.WriteStartArray("aratamebun");
        foreach (var sentence in draft.Aratamebun)
            w.WriteStringValue(sentence);
        w.WriteEndArray();
        w.WriteString("note", draft.Note);
        w.WriteStartArray("findings");
        foreach (var id in draft.FindingIds)
            w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartArray("changes");
        foreach (var c in draft.Changes)
        {
            w.WriteStartObject();
            w.WriteNumber("beforeStart", c.BeforeStart);
            w.WriteNumber("beforeLength", c.BeforeLength);
            w.WriteNumber("afterStart", c.AfterStart);
            w.WriteNumber("afterLength", c.AfterLength);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, DraftReport report)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("documents", report.Documents.Count);
        w.WriteNumber("articlesWithFindings", report.Documents.Sum(d => d.ArticlesWithFindings));
        w.WriteNumber("drafts", report.Drafts.Count());
        w.WriteNumber("manual", report.Manual.Count());
        w.WriteBoolean("fromDecisions", report.FromDecisions);
        w.WriteStartArray("categories");
        foreach (var group in report.Documents.SelectMany(d => d.Counts).GroupBy(c => c.Category).OrderBy(g => g.Key))
        {
            w.WriteStartObject();
            w.WriteString("category", group.Key.Code());
            w.WriteString("name", group.Key.JapaneseName());
            w.WriteNumber("findings", group.Sum(c => c.Findings));
            w.WriteNumber("drafted", group.Sum(c => c.Drafted));
            w.WriteNumber("articles", group.Sum(c => c.Articles));
            w.WriteNumber("articlesDrafted", group.Sum(c => c.ArticlesDrafted));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
