using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting;

namespace Tenken.Core.Reports.Drafts;

/// <summary>Everything one <c>tenken draft</c> run produced, per ordinance in reading order: the input to every draft writer.</summary>
public sealed record DraftReport
{
    public IReadOnlyList<DocumentDrafts> Documents { get; init; } = [];

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public RunInfo Run { get; init; } = new();

    /// <summary>True when the drafted findings came from a project's decisions (該当 and 対応 例規改正).</summary>
    public bool FromDecisions { get; init; }

    public IEnumerable<ArticleDraft> Drafts => Documents.SelectMany(d => d.Drafts);

    public IEnumerable<ManualReview> Manual => Documents.SelectMany(d => d.Manual);
}
