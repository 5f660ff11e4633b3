namespace Tenken.Ai.Configuration;

/// <summary>
/// Azure OpenAI: the deployment name, and the api-version for the classic <c>/openai/deployments/{name}</c> route;
/// an empty ApiVersion uses the v1 route (<c>/openai/v1</c>) with the deployment as the model name.
/// </summary>
public sealed record AzureSettings
{
    public string Deployment { get; init; } = "";

    public string ApiVersion { get; init; } = "";
}
