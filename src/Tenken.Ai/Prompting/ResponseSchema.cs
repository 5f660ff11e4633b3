using System.Text.Json;
using System.Text.Json.Nodes;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Prompting;

/// <summary>The JSON schema of an answer for the given candidates, sent as response_format where the server supports it.</summary>
public static class ResponseSchema
{
    public const string Name = "tenken_verdict";

    public static readonly string[] Phases = ["PHASE1", "PHASE2", "PHASE3", ""];

    public static JsonElement For(IEnumerable<CandidateCategory> candidates)
    {
        var codes = new JsonArray([.. candidates.Select(c => (JsonNode)Categories.Get(c.Category).Code)]);
        static JsonObject Str() => new() { ["type"] = "string" };
        static JsonObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };
        var item = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["code"] = new JsonObject { ["type"] = "string", ["enum"] = codes },
                ["verdict"] = Enum("該当", "非該当"),
                ["reason"] = Str(),
                ["quotes"] = new JsonObject { ["type"] = "array", ["items"] = Str() },
                ["direction"] = Str(),
                ["alternatives"] = Str(),
                ["concerns"] = Str(),
                ["phase_current"] = Enum(Phases),
                ["phase_target"] = Enum(Phases),
            },
            ["required"] = new JsonArray("code", "verdict", "reason", "quotes", "direction", "alternatives", "concerns", "phase_current", "phase_target"),
            ["additionalProperties"] = false,
        };
        var root = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["categories"] = new JsonObject { ["type"] = "array", ["items"] = item } },
            ["required"] = new JsonArray("categories"),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(root);
    }
}
