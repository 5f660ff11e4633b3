using Tenken.Ai.Validation;

namespace Tenken.Ai.Review;

/// <summary>What came of one article: checked verdicts, a failure (the rule result stands), or nothing (dry run).</summary>
public sealed record ArticleOutcome(IReadOnlyList<CategoryVerdict>? Verdicts, string Failure, bool FromCache)
{
    public static ArticleOutcome Answered(IReadOnlyList<CategoryVerdict> verdicts, bool fromCache) => new(verdicts, "", fromCache);

    public static ArticleOutcome Failed(string failure) => new(null, failure, false);

    public static ArticleOutcome DryRun { get; } = new(null, "", false);

    public bool IsDryRun => Verdicts is null && Failure.Length == 0;
}
