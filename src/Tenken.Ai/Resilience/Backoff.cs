namespace Tenken.Ai.Resilience;

/// <summary>Delay before retry n (0-based): the server's Retry-After when given, else base·2ⁿ with ±20 % jitter; never above the cap.</summary>
public static class Backoff
{
    public static TimeSpan Delay(int retry, TimeSpan? retryAfter, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        if (retryAfter is { } ra)
            return ra < maxDelay ? ra : maxDelay;
        var jitter = 0.8 + Random.Shared.NextDouble() * 0.4;
        var ms = baseDelay.TotalMilliseconds * Math.Pow(2, retry) * jitter;
        return TimeSpan.FromMilliseconds(Math.Min(ms, maxDelay.TotalMilliseconds));
    }
}
