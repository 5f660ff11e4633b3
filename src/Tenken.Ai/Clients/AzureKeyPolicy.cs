using System.ClientModel.Primitives;

namespace Tenken.Ai.Clients;

/// <summary>
/// Turns an OpenAI client request into an Azure OpenAI one: the key goes in the <c>api-key</c> header (never as a
/// bearer token) and, on the classic deployments route, <c>api-version</c> is added to the query.
/// </summary>
internal sealed class AzureKeyPolicy(string? apiKey, string apiVersion) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message.Request);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message.Request);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    private void Apply(PipelineRequest request)
    {
        request.Headers.Remove("Authorization");
        if (!string.IsNullOrEmpty(apiKey))
            request.Headers.Set("api-key", apiKey);
        if (apiVersion.Length > 0 && request.Uri is { } uri && !uri.Query.Contains("api-version=", StringComparison.Ordinal))
        {
            var separator = uri.Query.Length > 0 ? "&" : "?";
            request.Uri = new Uri(uri + separator + "api-version=" + Uri.EscapeDataString(apiVersion));
        }
    }
}
