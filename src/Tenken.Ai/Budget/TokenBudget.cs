namespace Tenken.Ai.Budget;

/// <summary>
/// The per-run token budget (--llm-budget-tokens). A call reserves its estimate first and settles with the real
/// count after; once a reservation is refused the budget is spent for good, so calling stops for the rest of the run.
/// </summary>
public sealed class TokenBudget(long limit)
{
    private readonly Lock _lock = new();
    private long _used;
    private long _reserved;
    private bool _exhausted;

    public long Limit { get; } = limit;

    public long Used
    {
        get
        {
            lock (_lock)
                return _used;
        }
    }

    public bool Exhausted
    {
        get
        {
            lock (_lock)
                return _exhausted;
        }
    }

    public bool TryReserve(long tokens)
    {
        lock (_lock)
        {
            if (_exhausted)
                return false;
            if (Limit > 0 && _used + _reserved + tokens > Limit)
            {
                _exhausted = true;
                return false;
            }
            _reserved += tokens;
            return true;
        }
    }

    /// <summary>Replaces a reservation with what the call really used (0 when it failed without an answer).</summary>
    public void Settle(long reserved, long actual)
    {
        lock (_lock)
        {
            _reserved -= reserved;
            _used += actual;
        }
    }
}
