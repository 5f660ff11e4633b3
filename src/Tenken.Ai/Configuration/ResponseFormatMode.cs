namespace Tenken.Ai.Configuration;

/// <summary>How the stage asks the server for JSON; servers differ in what they support.</summary>
public enum ResponseFormatMode
{
    /// <summary><c>response_format: json_schema</c> with the verdict schema (Ollama, vLLM, llama.cpp, LM Studio, OpenAI).</summary>
    JsonSchema,
    /// <summary><c>response_format: json_object</c> (older servers).</summary>
    JsonObject,
    /// <summary>No response_format; the prompt alone asks for JSON (Dify, minimal servers).</summary>
    None,
}
