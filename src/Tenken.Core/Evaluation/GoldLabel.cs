using Tenken.Core.Screening.Model;

namespace Tenken.Core.Evaluation;

/// <summary>One gold judgement (a line of labels.jsonl): whether the article is analog, its categories and why.</summary>
public sealed record GoldLabel
{
    public required string Key { get; init; }

    public bool Analog { get; init; }

    public IReadOnlySet<RegulationCategory> Categories { get; init; } = new HashSet<RegulationCategory>();

    public IReadOnlyList<string> Cues { get; init; } = [];

    public bool AlreadyDigital { get; init; }

    /// <summary>high / medium / low: low-confidence lines are the contestable ones.</summary>
    public string Confidence { get; init; } = "";

    public string Reason { get; init; } = "";

    /// <summary>1-based line in the gold file.</summary>
    public int Line { get; init; }
}
