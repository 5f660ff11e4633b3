namespace Tenken.Ai.Budget;

/// <summary>
/// Keeps requests and tokens within per-minute limits over a sliding window (0 = no limit). A request larger than
/// the token limit on its own is let through when the window is empty, so it cannot wait forever.
/// </summary>
public sealed class MinuteRateLimiter(int requestsPerMinute, int tokensPerMinute, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Queue<(DateTimeOffset At, int Tokens)> _recent = new();
    private long _tokens;

    public bool Unlimited => requestsPerMinute <= 0 && tokensPerMinute <= 0;

    public async Task WaitAsync(int tokens, CancellationToken cancellation)
    {
        if (Unlimited)
            return;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_recent.Count > 0 && now - _recent.Peek().At >= Window)
                    _tokens -= _recent.Dequeue().Tokens;
                var requestsOk = requestsPerMinute <= 0 || _recent.Count < requestsPerMinute;
                var tokensOk = tokensPerMinute <= 0 || _tokens + tokens <= tokensPerMinute || _recent.Count == 0;
                if (requestsOk && tokensOk)
                {
                    _recent.Enqueue((now, tokens));
                    _tokens += tokens;
                    return;
                }
                wait = _recent.Peek().At + Window - now;
            }
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(10), time, cancellation).ConfigureAwait(false);
        }
    }
}
