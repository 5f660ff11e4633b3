using Tenken.Core.Documents;

namespace Tenken.Core.Reports.Columns;

/// <summary>
/// The 関連する条・様式 value of a row: the 様式 and 別表 an article names, or the articles that name a 様式 or 別表
/// (<see cref="UnitLinks"/>), found once per document of the report.
/// </summary>
internal sealed class RelatedUnits(ReviewReport report)
{
    private readonly Dictionary<OrdinanceDocument, UnitLinks> _byDocument = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when some document of the report has a 様式 or 別表 unit (only then is the column shown).</summary>
    public bool Any { get; } = report.Documents.Any(d => d.Document.Articles.Any(a => a.Provision.IsAppended()));

    public string Of(FindingRow row)
    {
        var document = row.Document.Document;
        if (!_byDocument.TryGetValue(document, out var links))
            _byDocument[document] = links = UnitLinks.Of(document);
        return string.Join("、", links.For(row.Article.Key).Select(l => l.Label));
    }
}
