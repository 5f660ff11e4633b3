namespace Tenken.Ai.Configuration;

/// <summary>
/// How a Dify workflow's input and output variables are named: the system prompt goes to <see cref="SystemInput"/>
/// (empty: prepended to the user input), the article request to <see cref="UserInput"/>, and the answer is read from
/// <see cref="OutputKey"/>.
/// </summary>
public sealed record DifySettings
{
    public string SystemInput { get; init; } = "system";

    public string UserInput { get; init; } = "query";

    public string OutputKey { get; init; } = "text";

    /// <summary>The <c>user</c> field Dify requires to tell end users apart.</summary>
    public string User { get; init; } = "tenken";
}
