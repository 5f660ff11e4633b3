namespace Tenken.Ai.Resilience;

/// <summary>
/// Stops the run from calling a server that is down or refuses us: open after N refused connections in a row, or
/// at once on an authentication or not-found error. The remaining articles keep their rule result, marked NoAnswer.
/// </summary>
public sealed class ServerBreaker(int connectionFailuresBeforeOpen)
{
    private readonly Lock _lock = new();
    private int _consecutive;
    private string? _reason;

    /// <summary>Why calling stopped, or null while the server is still called.</summary>
    public string? OpenReason
    {
        get
        {
            lock (_lock)
                return _reason;
        }
    }

    public void Record(CallFailure? failure)
    {
        lock (_lock)
        {
            if (failure is null)
            {
                _consecutive = 0;
                return;
            }
            if (failure.Kind == CallFailureKind.Fatal)
                _reason ??= failure.Message;
            else if (failure.Kind == CallFailureKind.Connection && ++_consecutive >= Math.Max(1, connectionFailuresBeforeOpen))
                _reason ??= failure.Message;
        }
    }
}
