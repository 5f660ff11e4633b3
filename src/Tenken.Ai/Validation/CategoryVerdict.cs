using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Validation;

/// <summary>The model's checked answer for one category; <see cref="Quotes"/> are verified spans of the article text.</summary>
public sealed record CategoryVerdict
{
    public required RegulationCategory Category { get; init; }

    public required bool Applicable { get; init; }

    public required string Reason { get; init; }

    public IReadOnlyList<Cue> Quotes { get; init; } = [];

    public string Direction { get; init; } = "";

    public string Alternatives { get; init; } = "";

    public string Concerns { get; init; } = "";

    public string PhaseCurrent { get; init; } = "";

    public string PhaseTarget { get; init; } = "";
}
