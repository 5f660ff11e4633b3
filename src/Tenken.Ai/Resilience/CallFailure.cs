namespace Tenken.Ai.Resilience;

/// <summary>Why a call failed, in Japanese for the report, and whether trying again may help.</summary>
public sealed record CallFailure(CallFailureKind Kind, string Message, bool Retryable, TimeSpan? RetryAfter = null);

/// <summary>Failure classes the stage treats differently (retry, stop calling, give up on one article).</summary>
public enum CallFailureKind
{
    Timeout,
    RateLimited,
    ServerError,
    Connection,
    /// <summary>401/403/404: every further call would fail the same way.</summary>
    Fatal,
    Rejected,
    InvalidAnswer,
    Budget,
}
