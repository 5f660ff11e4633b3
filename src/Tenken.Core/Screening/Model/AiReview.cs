namespace Tenken.Core.Screening.Model;

/// <summary>What the language model said of a finding; <see cref="Status"/> NoAnswer keeps the rule result as it was.</summary>
public sealed record AiReview
{
    public required AiReviewStatus Status { get; init; }

    public string Reason { get; init; } = "";

    /// <summary>Quotes the model gave as evidence, verified to occur in the article text.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    public string Direction { get; init; } = "";

    public string Alternatives { get; init; } = "";

    public string Concerns { get; init; } = "";

    public string PhaseCurrent { get; init; } = "";

    public string PhaseTarget { get; init; } = "";

    public string Model { get; init; } = "";

    /// <summary>Why the model did not answer (timeout, 429, invalid JSON …) when Status is NoAnswer.</summary>
    public string Failure { get; init; } = "";
}

/// <summary>The model's verdict on a rule finding.</summary>
public enum AiReviewStatus
{
    /// <summary>該当: the model agrees.</summary>
    Confirmed,
    /// <summary>非該当(AI): kept in the output so a reviewer can overrule it.</summary>
    Demoted,
    /// <summary>A category the rules did not flag but the model found (only with candidate categories).</summary>
    Added,
    /// <summary>The model did not answer; the rule result stands.</summary>
    NoAnswer,
}
