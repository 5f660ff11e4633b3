using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;
using Tenken.Ai.Configuration;

namespace Tenken.Ai.Clients;

/// <summary>
/// Builds the <see cref="IChatClient"/> for the configured server. Retries and timeouts are the stage's own
/// (Retry-After aware), so the SDK's are switched off; the key is passed in, never read from settings.
/// </summary>
public static class ChatClientFactory
{
    public static IChatClient Create(LlmSettings settings, string? apiKey, HttpClient http)
    {
        var endpoint = ParseEndpoint(settings.Endpoint);
        return settings.Provider switch
        {
            LlmProvider.Dify => new DifyChatClient(http, endpoint, apiKey, settings.Dify, settings.EffectiveModel.Length > 0 ? settings.EffectiveModel : "dify"),
            LlmProvider.Azure => CreateAzure(settings, endpoint, apiKey, http),
            _ => CreateOpenAi(endpoint, settings.Model, apiKey, http, extra: null),
        };
    }

    /// <summary>An HttpClient without its own timeout: the stage cancels each request after <see cref="LlmSettings.Timeout"/>.</summary>
    public static HttpClient CreateHttpClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public static Uri ParseEndpoint(string endpoint)
    {
        if (!Uri.TryCreate(endpoint.Trim().TrimEnd('/'), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"LLM のエンドポイント「{endpoint}」は http:// または https:// で始まる URL にしてください（例: http://127.0.0.1:11434/v1）。");
        return uri;
    }

    private static IChatClient CreateAzure(LlmSettings settings, Uri resource, string? apiKey, HttpClient http)
    {
        var deployment = settings.EffectiveModel;
        var baseUri = resource.AbsolutePath.Contains("/openai", StringComparison.OrdinalIgnoreCase)
            ? resource
            : new Uri(resource, settings.Azure.ApiVersion.Length > 0 ? $"/openai/deployments/{Uri.EscapeDataString(deployment)}" : "/openai/v1");
        return CreateOpenAi(baseUri, deployment, apiKey, http, new AzureKeyPolicy(apiKey, settings.Azure.ApiVersion));
    }

    private static IChatClient CreateOpenAi(Uri endpoint, string model, string? apiKey, HttpClient http, PipelinePolicy? extra)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromMinutes(30),
            Transport = new HttpClientPipelineTransport(http),
        };
        if (extra is not null)
            options.AddPolicy(extra, PipelinePosition.BeforeTransport);
        // A local server needs no key, but the SDK wants a non-empty credential; this placeholder is no secret.
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "no-key" : apiKey);
        return new OpenAIClient(credential, options).GetChatClient(model).AsIChatClient();
    }
}
