using Tenken.Ai.Budget;
using Tenken.Ai.Configuration;
using Tenken.Ai.Prompting;
using Tenken.Ai.Review;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Reporting;

/// <summary>Builds the cost report of a run, with the estimate for the pioneers' one-call-per-category design.</summary>
internal static class CostReportBuilder
{
    private static readonly int SystemTokens = TokenEstimator.Estimate(SystemPrompt.Text);

    public static LlmCostReport Build(LlmSettings settings, ReviewReport reviewed, ReviewReport before, IReadOnlyList<ReviewTarget> targets,
        IReadOnlyList<ArticleOutcome> outcomes, LlmRunStats stats)
    {
        var prices = new PriceTable(settings.Prices);
        var model = settings.EffectiveModel;
        var statuses = targets.SelectMany(t => reviewed.Documents[t.DocumentIndex].Articles[t.ArticleIndex].Findings)
            .Select(f => f.Ai?.Status).ToList();
        long allCalls = 0, allTokens = 0, perFindingCalls = 0, perFindingTokens = 0;
        foreach (var t in targets)
        {
            foreach (var category in Enum.GetValues<RegulationCategory>())
            {
                var single = t.Request with { Candidates = [new CandidateCategory(category, [], "")] };
                var tokens = SystemTokens + TokenEstimator.Estimate(PromptBuilder.UserJson(single)) + 8 + TokenEstimator.OutputPerCategory;
                allCalls++;
                allTokens += tokens;
                if (t.Request.Candidates.Any(c => c.Category == category))
                {
                    perFindingCalls++;
                    perFindingTokens += tokens;
                }
            }
        }
        return new LlmCostReport
        {
            Model = model.Length > 0 ? model : settings.Provider.ToString(),
            DryRun = settings.DryRun,
            ArticlesScanned = before.Articles.Count(),
            RuleFindings = before.Findings.Count(),
            TargetArticles = targets.Count,
            RecallArticles = targets.Count(t => t.FromRecall),
            Calls = stats.Calls,
            Retries = stats.Retries,
            Repairs = stats.Repairs,
            CachedHits = stats.CachedHits,
            Confirmed = statuses.Count(s => s == AiReviewStatus.Confirmed),
            Demoted = statuses.Count(s => s == AiReviewStatus.Demoted),
            Added = statuses.Count(s => s == AiReviewStatus.Added),
            NoAnswer = statuses.Count(s => s == AiReviewStatus.NoAnswer),
            BudgetStopped = outcomes.Count(o => o.Failure.Contains(ArticleReviewer.BudgetExceeded, StringComparison.Ordinal)),
            InputTokens = stats.InputTokens,
            OutputTokens = stats.OutputTokens,
            SavedTokens = stats.SavedTokens,
            Yen = prices.Yen(model, stats.InputTokens, stats.OutputTokens),
            DesignCallsAllCategories = allCalls,
            DesignTokensAllCategories = allTokens,
            DesignCallsPerFinding = perFindingCalls,
            DesignTokensPerFinding = perFindingTokens,
            DesignYenAllCategories = prices.Yen(model, allTokens - allCalls * TokenEstimator.OutputPerCategory, allCalls * TokenEstimator.OutputPerCategory),
        };
    }
}
