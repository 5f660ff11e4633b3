using Tenken.Core.Screening.Model;

namespace Tenken.Core.Evaluation;

/// <summary>
/// The comparison of a scan with gold judgements: article-level and per-category metrics, the confusion of
/// categories, and the disagreeing articles with both sides' evidence.
/// </summary>
public sealed record EvaluationReport
{
    public required Metric Article { get; init; }

    public int TrueNegatives { get; init; }

    public required IReadOnlyDictionary<RegulationCategory, Metric> PerCategory { get; init; }

    public Metric CategoryMicro => Metric.Sum(PerCategory.Values);

    /// <summary>Gold keys the scan did not produce (missing file, different key scheme …).</summary>
    public IReadOnlyList<GoldLabel> Missing { get; init; } = [];

    public IReadOnlyList<EvaluatedArticle> FalsePositives { get; init; } = [];

    public IReadOnlyList<EvaluatedArticle> FalseNegatives { get; init; } = [];

    /// <summary>Articles both sides call analog but with different categories.</summary>
    public IReadOnlyList<EvaluatedArticle> CategoryMismatches { get; init; } = [];

    /// <summary>(gold category or null, predicted category or null) → count, over the category disagreements.</summary>
    public IReadOnlyDictionary<(RegulationCategory? Gold, RegulationCategory? Predicted), int> Confusion { get; init; } =
        new Dictionary<(RegulationCategory?, RegulationCategory?), int>();

    public int Joined { get; init; }
}

/// <summary>One article with its gold judgement and the engine's result.</summary>
public sealed record EvaluatedArticle(GoldLabel Gold, ArticleResult Result);
