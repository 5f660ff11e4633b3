namespace Tenken.Ai.Clients;

/// <summary>An HTTP error from a server this project talks to directly (Dify), with the Retry-After it sent, if any.</summary>
public sealed class LlmHttpException(int status, TimeSpan? retryAfter, string message) : Exception(message)
{
    public int Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
