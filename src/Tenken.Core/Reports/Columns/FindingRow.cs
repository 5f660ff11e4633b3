using Tenken.Core.Reports.Text;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Columns;

/// <summary>One row of the review list: a finding with the article and document it belongs to.</summary>
public sealed class FindingRow(DocumentResult document, ArticleResult result, Finding finding)
{
    private ArticlePlaces? _places;

    public DocumentResult Document { get; } = document;

    public ArticleResult Result { get; } = result;

    public Finding Finding { get; } = finding;

    public Documents.Article Article => Result.Article;

    /// <summary>Where in the article each cue falls (条・項・号), computed on first use.</summary>
    public ArticlePlaces Places => _places ??= ArticlePlaces.For(Result.Article);

    /// <summary>Every finding of the report as a row, in document then article order.</summary>
    public static IEnumerable<FindingRow> All(ReviewReport report) =>
        from d in report.Documents from a in d.Articles from f in a.Findings select new FindingRow(d, a, f);
}
