namespace Tenken.Ai.Configuration;

/// <summary>The kind of server the stage talks to.</summary>
public enum LlmProvider
{
    /// <summary>Any OpenAI-compatible chat completions endpoint: Ollama, vLLM, llama.cpp, LM Studio, OpenAI.</summary>
    OpenAi,
    /// <summary>Azure OpenAI: resource endpoint + deployment, key in the <c>api-key</c> header.</summary>
    Azure,
    /// <summary>A Dify workflow app: POST /v1/workflows/run in blocking mode.</summary>
    Dify,
}
