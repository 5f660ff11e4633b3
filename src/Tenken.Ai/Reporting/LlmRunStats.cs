namespace Tenken.Ai.Reporting;

/// <summary>Counters of one run, updated from concurrent article reviews.</summary>
public sealed class LlmRunStats
{
    private long _calls, _retries, _repairs, _cachedHits, _inputTokens, _outputTokens, _cachedInputTokens, _cachedOutputTokens;

    public long Calls => Interlocked.Read(ref _calls);

    public long Retries => Interlocked.Read(ref _retries);

    public long Repairs => Interlocked.Read(ref _repairs);

    public long CachedHits => Interlocked.Read(ref _cachedHits);

    public long InputTokens => Interlocked.Read(ref _inputTokens);

    public long OutputTokens => Interlocked.Read(ref _outputTokens);

    /// <summary>What the cached answers cost when first obtained (saved this run).</summary>
    public long SavedTokens => Interlocked.Read(ref _cachedInputTokens) + Interlocked.Read(ref _cachedOutputTokens);

    public void Call() => Interlocked.Increment(ref _calls);

    public void Retry() => Interlocked.Increment(ref _retries);

    public void Repair() => Interlocked.Increment(ref _repairs);

    public void Tokens(long input, long output)
    {
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
    }

    public void CacheHit(long input, long output)
    {
        Interlocked.Increment(ref _cachedHits);
        Interlocked.Add(ref _cachedInputTokens, input);
        Interlocked.Add(ref _cachedOutputTokens, output);
    }
}
