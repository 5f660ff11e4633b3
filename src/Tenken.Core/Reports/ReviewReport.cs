using Tenken.Core.Diagnostics;

namespace Tenken.Core.Reports;

/// <summary>
/// Everything one scan produced, in document then article order: the input to every report writer
/// (xlsx, csv, json, html) so that all formats say the same thing.
/// </summary>
public sealed record ReviewReport
{
    public IReadOnlyList<DocumentResult> Documents { get; init; } = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public RunInfo Run { get; init; } = new();

    /// <summary>What changed since the previous run of the same project (差分), when a project store is used.</summary>
    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];

    public IEnumerable<Screening.Model.ArticleResult> Articles => Documents.SelectMany(d => d.Articles);

    public IEnumerable<(DocumentResult Document, Screening.Model.ArticleResult Article, Screening.Model.Finding Finding)> Findings =>
        from d in Documents from a in d.Articles from f in a.Findings select (d, a, f);
}
