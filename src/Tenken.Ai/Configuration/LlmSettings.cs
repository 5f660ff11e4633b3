namespace Tenken.Ai.Configuration;

/// <summary>
/// Everything the LLM stage needs to know, from tenken.llm.json and the --llm flags (docs/llm.md). The API key is
/// never part of it: it is read from the environment variable named by <see cref="ApiKeyEnv"/> and kept apart.
/// </summary>
public sealed record LlmSettings
{
    public const string DefaultApiKeyEnv = "TENKEN_LLM_API_KEY";

    public LlmProvider Provider { get; init; } = LlmProvider.OpenAi;

    /// <summary>Base URL: <c>http://host:port/v1</c> (OpenAI-compatible, Dify) or the Azure resource URL.</summary>
    public string Endpoint { get; init; } = "";

    /// <summary>Model name sent to the server (for Azure the deployment when <see cref="AzureSettings.Deployment"/> is empty).</summary>
    public string Model { get; init; } = "";

    public string ApiKeyEnv { get; init; } = DefaultApiKeyEnv;

    public AzureSettings Azure { get; init; } = new();

    public DifySettings Dify { get; init; } = new();

    public ResponseFormatMode ResponseFormat { get; init; } = ResponseFormatMode.JsonSchema;

    public float Temperature { get; init; }

    public int MaxOutputTokens { get; init; } = 1500;

    /// <summary>Per request, including the time the server takes to answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries after a 429, a 5xx, a timeout or a refused connection (not counting the first try).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubled on each retry, with jitter, unless the server sent Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two tries, also for a Retry-After header.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    public int Concurrency { get; init; } = 2;

    /// <summary>0 = unlimited.</summary>
    public int RequestsPerMinute { get; init; }

    /// <summary>0 = unlimited; counted with the estimate before the call.</summary>
    public int TokensPerMinute { get; init; }

    /// <summary>Per-run budget of input + output tokens; 0 = unlimited.</summary>
    public long BudgetTokens { get; init; }

    /// <summary>Also review articles the rules left out that carry weak (suppressed) cues.</summary>
    public bool Recall { get; init; }

    /// <summary>SQLite cache file; empty = none.</summary>
    public string CachePath { get; init; } = "";

    /// <summary>Count calls and estimate tokens without sending anything.</summary>
    public bool DryRun { get; init; }

    /// <summary>After this many refused connections in a row the server is taken as down and the run stops calling it.</summary>
    public int ConnectionFailuresBeforeGivingUp { get; init; } = 3;

    public IReadOnlyList<PriceEntry> Prices { get; init; } = [];

    /// <summary>The model name as it is sent and recorded (the Azure deployment when one is set).</summary>
    public string EffectiveModel => Provider == LlmProvider.Azure && Azure.Deployment.Length > 0 ? Azure.Deployment : Model;
}
