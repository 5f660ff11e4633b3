using Tenken.Ai.Clients;
using Tenken.Ai.Configuration;

namespace Tenken.Ai.Review;

/// <summary>
/// Collects settings and the API key, then builds an immutable <see cref="LlmReviewPipeline"/>. The key is taken
/// from the environment variable the settings name (TENKEN_LLM_API_KEY by default) unless set here.
/// </summary>
public sealed class LlmReviewPipelineBuilder
{
    public LlmSettings Settings { get; set; } = new();

    /// <summary>Null: read the environment variable named by <see cref="LlmSettings.ApiKeyEnv"/>.</summary>
    public string? ApiKey { get; set; }

    public TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>Throws <see cref="ArgumentException"/> with a Japanese message when the settings cannot work.</summary>
    public LlmReviewPipeline Build()
    {
        var key = ApiKey ?? Environment.GetEnvironmentVariable(Settings.ApiKeyEnv);
        LlmSettingsCheck.ThrowIfInvalid(Settings);
        if (Settings.DryRun)
            return new LlmReviewPipeline(Settings, null, null, new SecretRedactor(key), Time);
        var http = ChatClientFactory.CreateHttpClient();
        var client = ChatClientFactory.Create(Settings, key, http);
        return new LlmReviewPipeline(Settings, client, http, new SecretRedactor(key), Time);
    }
}
