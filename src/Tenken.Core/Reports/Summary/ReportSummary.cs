using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Summary;

/// <summary>
/// The counts every report shows (集計): totals, findings per category and the per-document, per-category matrix
/// (the "hazard map"). Active findings exclude those the model demoted or a reviewer judged 非該当.
/// </summary>
public sealed record ReportSummary
{
    public int Documents { get; init; }

    /// <summary>条 (本則 and 附則); 様式 and 別表 units are counted in <see cref="FormsAndTables"/>.</summary>
    public int Articles { get; init; }

    /// <summary>様式 and 別表 units read.</summary>
    public int FormsAndTables { get; init; }

    /// <summary>Articles (and 様式・別表 units) with at least one active finding.</summary>
    public int AnalogArticles { get; init; }

    public int Findings { get; init; }

    public int ActiveFindings { get; init; }

    /// <summary>Findings a reviewer has judged (any 判定).</summary>
    public int Decided { get; init; }

    public int Errors { get; init; }

    public int Warnings { get; init; }

    /// <summary>Files with at least one error diagnostic, in the order first seen.</summary>
    public IReadOnlyList<string> FilesWithErrors { get; init; } = [];

    /// <summary>One entry per category, in the category table's order (also those with no finding).</summary>
    public IReadOnlyList<CategoryCount> ByCategory { get; init; } = [];

    /// <summary>One entry per document, in reading order.</summary>
    public IReadOnlyList<DocumentCount> ByDocument { get; init; } = [];

    public static ReportSummary Of(ReviewReport report)
    {
        var categoryCount = Categories.All.Count;
        var all = new int[categoryCount];
        var active = new int[categoryCount];
        var decided = new int[categoryCount];
        var documents = new List<DocumentCount>();
        int articles = 0, appended = 0, analog = 0;
        foreach (var d in report.Documents)
        {
            var perCategory = new int[categoryCount];
            int docAnalog = 0, docFindings = 0, docAppended = 0;
            foreach (var a in d.Articles)
            {
                if (a.Article.Provision.IsAppended())
                    docAppended++;
                if (a.Analog)
                {
                    analog++;
                    docAnalog++;
                }
                foreach (var f in a.Findings)
                {
                    var c = (int)f.Category;
                    all[c]++;
                    docFindings++;
                    if (f.IsActive)
                    {
                        active[c]++;
                        perCategory[c]++;
                    }
                    if (f.Decision is not null)
                        decided[c]++;
                }
            }
            articles += d.Articles.Count - docAppended;
            appended += docAppended;
            documents.Add(new DocumentCount(d, d.Articles.Count - docAppended, docAnalog, docFindings, perCategory));
        }
        return new ReportSummary
        {
            Documents = report.Documents.Count,
            Articles = articles,
            FormsAndTables = appended,
            AnalogArticles = analog,
            Findings = all.Sum(),
            ActiveFindings = active.Sum(),
            Decided = decided.Sum(),
            Errors = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            Warnings = report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            FilesWithErrors = [.. report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.File).Distinct()],
            ByCategory = [.. Categories.All.Select(c => new CategoryCount(c, all[(int)c.Category], active[(int)c.Category], decided[(int)c.Category]))],
            ByDocument = documents,
        };
    }
}

/// <summary>Findings of one category: all of them, the active ones, and those a reviewer judged.</summary>
public sealed record CategoryCount(CategoryInfo Category, int Findings, int Active, int Decided);

/// <summary>One document's row of the hazard map: its articles, analog articles, findings and active findings per category.</summary>
public sealed record DocumentCount(DocumentResult Document, int Articles, int AnalogArticles, int Findings, IReadOnlyList<int> ActiveByCategory)
{
    public int Active => ActiveByCategory.Sum();
}
