namespace Tenken.Core.Screening.Model;

/// <summary>A reviewer's 判定 on a finding, with who and when; Conflict when the article changed since.</summary>
public sealed record ReviewDecision
{
    public required ReviewVerdict Verdict { get; init; }

    public string Reviewer { get; init; } = "";

    public string Note { get; init; } = "";

    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>The article text changed after the decision was made; the reviewer should look again.</summary>
    public bool Conflict { get; init; }
}

/// <summary>判定 values of the review list.</summary>
public enum ReviewVerdict
{
    /// <summary>該当</summary>
    Applicable,
    /// <summary>非該当</summary>
    NotApplicable,
    /// <summary>要検討</summary>
    NeedsDiscussion,
}
