using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tenken.Ai.Configuration;

/// <summary>
/// Reads tenken.llm.json (format in docs/llm.md) onto a <see cref="LlmSettings"/>. Problems come back as Japanese
/// messages; a key written in the file is refused, because keys belong in the environment only.
/// </summary>
public static class LlmConfigFile
{
    public const string DefaultFileName = "tenken.llm.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Applies the file at <paramref name="path"/> onto <paramref name="settings"/>; null and an error when it is unusable.</summary>
    public static LlmSettings? Load(string path, LlmSettings settings, out string error)
    {
        error = "";
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"LLM 設定ファイル「{path}」を読めません: {ex.Message}";
            return null;
        }
        return Parse(json, path, settings, out error);
    }

    public static LlmSettings? Parse(string json, string path, LlmSettings settings, out string error)
    {
        error = "";
        FileShape? file;
        try
        {
            if (LooksLikeKey(json))
            {
                error = $"LLM 設定ファイル「{path}」に API キーを書かないでください。キーは環境変数 {LlmSettings.DefaultApiKeyEnv}（または apiKeyEnv で指定した変数）で渡します。";
                return null;
            }
            file = JsonSerializer.Deserialize<FileShape>(json, Options);
        }
        catch (JsonException ex)
        {
            error = $"LLM 設定ファイル「{path}」の書式が正しくありません（{ex.Path ?? "$"}、{ex.LineNumber + 1} 行目付近）。docs/llm.md の例を参照してください。";
            return null;
        }
        return file is null ? settings : file.ApplyTo(settings);
    }

    private static bool LooksLikeKey(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.ValueKind == JsonValueKind.Object && ContainsKeyProperty(doc.RootElement);
    }

    private static bool ContainsKeyProperty(JsonElement element) =>
        element.EnumerateObject().Any(p =>
            p.Name.Equals("apiKey", StringComparison.OrdinalIgnoreCase) || p.Name.Equals("api_key", StringComparison.OrdinalIgnoreCase) ||
            p.Name.Equals("key", StringComparison.OrdinalIgnoreCase) ||
            (p.Value.ValueKind == JsonValueKind.Object && ContainsKeyProperty(p.Value)));

    private sealed record FileShape
    {
        public LlmProvider? Provider { get; init; }
        public string? Endpoint { get; init; }
        public string? Model { get; init; }
        public string? ApiKeyEnv { get; init; }
        public AzureSettings? Azure { get; init; }
        public DifySettings? Dify { get; init; }
        public ResponseFormatMode? ResponseFormat { get; init; }
        public float? Temperature { get; init; }
        public int? MaxOutputTokens { get; init; }
        public double? TimeoutSeconds { get; init; }
        public int? MaxRetries { get; init; }
        public double? RetryBaseDelaySeconds { get; init; }
        public double? RetryMaxDelaySeconds { get; init; }
        public int? Concurrency { get; init; }
        public int? RequestsPerMinute { get; init; }
        public int? TokensPerMinute { get; init; }
        public long? BudgetTokens { get; init; }
        public bool? Recall { get; init; }
        public string? Cache { get; init; }
        public List<PriceEntry>? Prices { get; init; }

        [JsonPropertyName("$schema")]
        public string? Schema { get; init; }

        public LlmSettings ApplyTo(LlmSettings s) => s with
        {
            Provider = Provider ?? s.Provider,
            Endpoint = Endpoint ?? s.Endpoint,
            Model = Model ?? s.Model,
            ApiKeyEnv = ApiKeyEnv ?? s.ApiKeyEnv,
            Azure = Azure ?? s.Azure,
            Dify = Dify ?? s.Dify,
            ResponseFormat = ResponseFormat ?? s.ResponseFormat,
            Temperature = Temperature ?? s.Temperature,
            MaxOutputTokens = MaxOutputTokens ?? s.MaxOutputTokens,
            Timeout = TimeoutSeconds is { } t ? TimeSpan.FromSeconds(t) : s.Timeout,
            MaxRetries = MaxRetries ?? s.MaxRetries,
            RetryBaseDelay = RetryBaseDelaySeconds is { } b ? TimeSpan.FromSeconds(b) : s.RetryBaseDelay,
            RetryMaxDelay = RetryMaxDelaySeconds is { } m ? TimeSpan.FromSeconds(m) : s.RetryMaxDelay,
            Concurrency = Concurrency ?? s.Concurrency,
            RequestsPerMinute = RequestsPerMinute ?? s.RequestsPerMinute,
            TokensPerMinute = TokensPerMinute ?? s.TokensPerMinute,
            BudgetTokens = BudgetTokens ?? s.BudgetTokens,
            Recall = Recall ?? s.Recall,
            CachePath = Cache ?? s.CachePath,
            Prices = Prices ?? s.Prices,
        };
    }
}
