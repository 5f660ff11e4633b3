namespace Tenken.Ai.Tests.Fakes;

/// <summary>What the fake server does with a call: answer text, an HTTP error, or a delay first.</summary>
public sealed record ModelReply
{
    public string Content { get; init; } = "";

    public int Status { get; init; } = 200;

    public string ErrorBody { get; init; } = "{\"error\":{\"message\":\"fake error\"}}";

    public TimeSpan Delay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public int PromptTokens { get; init; } = 900;

    public int CompletionTokens { get; init; } = 300;

    public static ModelReply Text(string content) => new() { Content = content };

    public static ModelReply Error(int status, string? retryAfter = null) => new()
    {
        Status = status,
        Headers = retryAfter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Retry-After"] = retryAfter },
    };
}
