using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Tenken.Ai.Budget;
using Tenken.Ai.Caching;
using Tenken.Ai.Clients;
using Tenken.Ai.Configuration;
using Tenken.Ai.Reporting;
using Tenken.Ai.Resilience;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Review;

/// <summary>
/// The LLM second stage: one structured call per flagged article (not per category), bounded concurrency, rate
/// limits, retries, a token budget and a SQLite cache. Built once by <see cref="LlmReviewPipelineBuilder"/>; each
/// <see cref="ReviewAsync"/> is one run with its own state. Findings are confirmed, demoted, enriched or marked
/// NoAnswer, never removed.
/// </summary>
public sealed class LlmReviewPipeline : IDisposable
{
    private readonly IChatClient? _client;
    private readonly HttpClient? _http;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;

    internal LlmReviewPipeline(LlmSettings settings, IChatClient? client, HttpClient? http, SecretRedactor redactor, TimeProvider time)
    {
        Settings = settings;
        _client = client;
        _http = http;
        _redactor = redactor;
        _time = time;
    }

    public LlmSettings Settings { get; }

    public async Task<LlmReviewResult> ReviewAsync(ReviewReport report, CancellationToken cancellation = default)
    {
        var targets = TargetSelector.Select(report, Settings.Recall);
        var warnings = new List<string>();
        using var cache = OpenCache(warnings);
        var run = new LlmRunContext(
            new TokenBudget(Settings.BudgetTokens),
            new MinuteRateLimiter(Settings.RequestsPerMinute, Settings.TokensPerMinute, _time),
            new ServerBreaker(Settings.ConnectionFailuresBeforeGivingUp),
            cache);
        var reviewer = new ArticleReviewer(Settings, _client, _redactor, _time, run);
        var outcomes = new ArticleOutcome[targets.Count];
        // Articles with the same text and candidates (boilerplate 附則, repeated clauses) share one call.
        var groups = Enumerable.Range(0, targets.Count)
            .GroupBy(i => CacheKey.For(Settings.EffectiveModel, targets[i].Request))
            .Select(g => g.ToArray())
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Settings.Concurrency, CancellationToken = cancellation };
        await Parallel.ForEachAsync(groups, parallel, async (group, ct) =>
        {
            var outcome = await reviewer.ReviewAsync(targets[group[0]].Request, ct).ConfigureAwait(false);
            foreach (var i in group)
                outcomes[i] = outcome;
        }).ConfigureAwait(false);

        var articles = report.Documents.Select(d => d.Articles.ToArray()).ToArray();
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            articles[t.DocumentIndex][t.ArticleIndex] = VerdictApplier.Apply(articles[t.DocumentIndex][t.ArticleIndex], outcomes[i], Settings.EffectiveModel);
        }
        var reviewed = report with { Documents = [.. report.Documents.Select((d, i) => d with { Articles = articles[i] })] };
        var cost = CostReportBuilder.Build(Settings, reviewed, report, targets, outcomes, run.Stats) with { SharedAnswers = targets.Count - groups.Count };
        warnings.AddRange(run.Warnings);
        reviewed = reviewed with { Run = reviewed.Run with { LlmSummary = cost.ToText() } };
        return new LlmReviewResult(reviewed, cost, [.. warnings.Select(_redactor.Redact)]);
    }

    private ResponseCache? OpenCache(List<string> warnings)
    {
        if (Settings.CachePath.Length == 0)
            return null;
        try
        {
            return ResponseCache.Open(Settings.CachePath);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            warnings.Add($"LLM キャッシュ「{Settings.CachePath}」を開けないため、キャッシュなしで続けます: {ex.Message}");
            return null;
        }
    }

    public void Dispose()
    {
        _client?.Dispose();
        _http?.Dispose();
    }
}
