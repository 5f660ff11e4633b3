namespace Tenken.Core.Screening.Model;

/// <summary>
/// One category found in one article, with the evidence: cue spans, the rules that fired, a Japanese reason and
/// a confidence (0–1). Later stages add the model's review, the reviewer's decision and precedents with <c>with</c>.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable id used across runs and in the review list: <c>&lt;article-key&gt;:&lt;CODE&gt;</c>.</summary>
    public required string Id { get; init; }

    public required RegulationCategory Category { get; init; }

    public IReadOnlyList<Cue> Cues { get; init; } = [];

    /// <summary>Why this is (likely) an analog regulation, in Japanese, for a reviewer.</summary>
    public required string Reason { get; init; }

    public double Confidence { get; init; }

    /// <summary>Ids of the rules that fired (lexicon entries and context rules).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    public DigitalRoute DigitalRoute { get; init; }

    /// <summary>見直しの方向性 (from the category table unless the model or a reviewer wrote one).</summary>
    public string Direction { get; init; } = "";

    /// <summary>デジタル技術による代替手段.</summary>
    public string Alternatives { get; init; } = "";

    /// <summary>懸念事項, when known.</summary>
    public string Concerns { get; init; } = "";

    /// <summary>The language-model review, when the optional second stage ran.</summary>
    public AiReview? Ai { get; init; }

    /// <summary>The reviewer's decision carried from the project store, when any.</summary>
    public ReviewDecision? Decision { get; init; }

    /// <summary>Most similar past decisions from the knowledge base, best first.</summary>
    public IReadOnlyList<Precedent> Precedents { get; init; } = [];

    public static string MakeId(string articleKey, RegulationCategory category) => $"{articleKey}:{category.Code()}";

    /// <summary>False when the model demoted the finding or a reviewer judged it 非該当.</summary>
    public bool IsActive => Decision is { } d
        ? d.Verdict != ReviewVerdict.NotApplicable
        : Ai?.Status != AiReviewStatus.Demoted;
}
