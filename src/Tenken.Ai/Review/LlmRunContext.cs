using Tenken.Ai.Budget;
using Tenken.Ai.Caching;
using Tenken.Ai.Reporting;
using Tenken.Ai.Resilience;

namespace Tenken.Ai.Review;

/// <summary>Per-run state shared by the concurrent article reviews: budget, rate limits, breaker, cache and counters.</summary>
public sealed class LlmRunContext(TokenBudget budget, MinuteRateLimiter limiter, ServerBreaker breaker, ResponseCache? cache)
{
    public TokenBudget Budget { get; } = budget;

    public MinuteRateLimiter Limiter { get; } = limiter;

    public ServerBreaker Breaker { get; } = breaker;

    public ResponseCache? Cache { get; } = cache;

    public LlmRunStats Stats { get; } = new();

    /// <summary>Problems worth telling the user once (cache unusable …), in Japanese.</summary>
    public List<string> Warnings { get; } = [];
}
