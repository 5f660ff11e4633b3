using System.Text.Json;
using Tenken.Core.Reports.Summary;

namespace Tenken.Core.Reports.Json;

/// <summary>The <c>summary</c> object of review.json: totals, per-category counts and the per-document hazard map.</summary>
internal static class SummaryJson
{
    public static void Write(Utf8JsonWriter w, ReportSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("documents", s.Documents);
        w.WriteNumber("articles", s.Articles);
        if (s.FormsAndTables > 0)
            w.WriteNumber("formsAndTables", s.FormsAndTables);
        w.WriteNumber("analogArticles", s.AnalogArticles);
        w.WriteNumber("findings", s.Findings);
        w.WriteNumber("activeFindings", s.ActiveFindings);
        w.WriteNumber("decided", s.Decided);
        w.WriteNumber("errors", s.Errors);
        w.WriteNumber("warnings", s.Warnings);
        w.WriteStartArray("filesWithErrors");
        foreach (var f in s.FilesWithErrors)
            w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteStartArray("categories");
        foreach (var c in s.ByCategory)
        {
            w.WriteStartObject();
            w.WriteString("category", c.Category.Code);
            w.WriteString("name", c.Category.Name);
            w.WriteNumber("findings", c.Findings);
            w.WriteNumber("active", c.Active);
            w.WriteNumber("decided", c.Decided);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("documents");
        foreach (var d in s.ByDocument)
        {
            w.WriteStartObject();
            w.WriteString("document", d.Document.Document.Id);
            w.WriteString("title", d.Document.Document.Title);
            w.WriteNumber("articles", d.Articles);
            w.WriteNumber("analogArticles", d.AnalogArticles);
            w.WriteNumber("findings", d.Findings);
            w.WriteStartObject("active");
            for (var i = 0; i < d.ActiveByCategory.Count; i++)
            {
                if (d.ActiveByCategory[i] > 0)
                    w.WriteNumber(Screening.Model.Categories.All[i].Code, d.ActiveByCategory[i]);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
