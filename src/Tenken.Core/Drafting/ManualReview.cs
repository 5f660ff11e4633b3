using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting;

/// <summary>
/// A finding Tenken did not draft (要個別検討), with the reason in Japanese: no pattern fits its wording, the quote
/// could not be made unique, the draft failed its own check, or the article is outside what drafts cover.
/// </summary>
public sealed record ManualReview
{
    public required string Key { get; init; }

    public required string DocumentId { get; init; }

    public required string DocumentTitle { get; init; }

    public required string Article { get; init; }

    public required RegulationCategory Category { get; init; }

    public required string FindingId { get; init; }

    /// <summary>The cue words left undrafted, joined by 、.</summary>
    public string Cues { get; init; } = "";

    public required string Reason { get; init; }

    /// <summary>True when the draft failed its own check (the article has no draft at all).</summary>
    public bool CheckFailed { get; init; }
}
