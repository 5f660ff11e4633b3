using Tenken.Ai.Validation;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Review;

/// <summary>
/// Writes the model's verdicts onto an article's findings. Never removes one: 該当 confirms (and fills direction,
/// alternatives, concerns), 非該当 demotes (the finding stays, marked), a failure marks NoAnswer. With recall, a
/// 該当 on a category the rules set aside adds a finding marked Added.
/// </summary>
public static class VerdictApplier
{
    public const string InjectionHold = "条文に AI への指示とみられる文があるため、AI の非該当判定は採用していません（要確認）";

    public static ArticleResult Apply(ArticleResult result, ArticleOutcome outcome, string model)
    {
        if (outcome.IsDryRun)
            return result;
        if (outcome.Verdicts is not { } verdicts)
        {
            var failed = new AiReview { Status = AiReviewStatus.NoAnswer, Model = model, Failure = outcome.Failure };
            return result with { Findings = [.. result.Findings.Select(f => f with { Ai = failed })] };
        }
        var injected = InjectionGuard.LooksInjected(result.Article.Text);
        var findings = new List<Finding>(result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            var verdict = verdicts.FirstOrDefault(v => v.Category == finding.Category);
            findings.Add(verdict is null ? finding : Enrich(finding, verdict, model, injected));
        }
        foreach (var verdict in verdicts.Where(v => v.Applicable && result.Findings.All(f => f.Category != v.Category)))
            findings.Add(Added(result, verdict, model));
        return result with { Findings = findings };
    }

    private static Finding Enrich(Finding finding, CategoryVerdict v, string model, bool injected)
    {
        var status = v.Applicable ? AiReviewStatus.Confirmed : injected ? AiReviewStatus.NoAnswer : AiReviewStatus.Demoted;
        var review = Review(v, status, model) with { Failure = status == AiReviewStatus.NoAnswer ? InjectionHold : "" };
        return status != AiReviewStatus.Confirmed ? finding with { Ai = review } : finding with
        {
            Ai = review,
            Direction = v.Direction.Length > 0 ? v.Direction : finding.Direction,
            Alternatives = v.Alternatives.Length > 0 ? v.Alternatives : finding.Alternatives,
            Concerns = v.Concerns.Length > 0 ? v.Concerns : finding.Concerns,
        };
    }

    private static Finding Added(ArticleResult result, CategoryVerdict v, string model)
    {
        var info = Categories.Get(v.Category);
        return new Finding
        {
            Id = Finding.MakeId(result.Article.Key, v.Category),
            Category = v.Category,
            Cues = v.Quotes,
            Reason = $"AI が追加（{info.Name}）: {v.Reason}",
            Confidence = 0.5,
            Rules = [QuoteLocator.RuleId],
            Direction = v.Direction.Length > 0 ? v.Direction : info.Direction,
            Alternatives = v.Alternatives.Length > 0 ? v.Alternatives : info.Alternatives,
            Concerns = v.Concerns,
            Ai = Review(v, AiReviewStatus.Added, model),
        };
    }

    private static AiReview Review(CategoryVerdict v, AiReviewStatus status, string model) => new()
    {
        Status = status,
        Reason = v.Reason,
        Quotes = [.. v.Quotes.Select(q => q.Text)],
        Direction = v.Direction,
        Alternatives = v.Alternatives,
        Concerns = v.Concerns,
        PhaseCurrent = v.PhaseCurrent,
        PhaseTarget = v.PhaseTarget,
        Model = model,
    };
}
