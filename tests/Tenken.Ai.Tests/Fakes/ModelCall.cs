using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace Tenken.Ai.Tests.Fakes;

/// <summary>One request as the fake server received it, reduced to what a model sees: system text and conversation.</summary>
public sealed record ModelCall(int Index, string Protocol, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string System => Protocol == "dify"
        ? Json["inputs"]!["system"]?.GetValue<string>() ?? ""
        : Json["messages"]!.AsArray().First(m => m!["role"]!.GetValue<string>() == "system")!["content"]!.GetValue<string>();

    /// <summary>Every user turn; for Dify the single input holding the whole conversation.</summary>
    public IReadOnlyList<string> UserTurns => Protocol == "dify"
        ? [Json["inputs"]!["query"]!.GetValue<string>()]
        : [.. Json["messages"]!.AsArray().Where(m => m!["role"]!.GetValue<string>() == "user").Select(m => m!["content"]!.GetValue<string>())];

    /// <summary>All the text the model was given, decoded.</summary>
    public string Conversation => System + "\n" + string.Join("\n", Protocol == "dify" ? UserTurns
        : Json["messages"]!.AsArray().Where(m => m!["role"]!.GetValue<string>() != "system").Select(m => m!["content"]!.GetValue<string>()));

    public bool IsRepair => Protocol == "dify" ? UserTurns[0].Contains("[前回の回答]", StringComparison.Ordinal) : UserTurns.Count > 1;

    /// <summary>The article request: the first JSON object in the first user turn.</summary>
    public JsonNode Request
    {
        get
        {
            var text = UserTurns[0];
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith('{'))
                    return JsonNode.Parse(line)!;
            }
            throw new InvalidOperationException("no request JSON in: " + text);
        }
    }

    public string ArticleText => Request["article"]!["text"]!.GetValue<string>();

    public IReadOnlyList<string> CandidateCodes => [.. Request["candidates"]!.AsArray().Select(c => c!["code"]!.GetValue<string>())];

    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
