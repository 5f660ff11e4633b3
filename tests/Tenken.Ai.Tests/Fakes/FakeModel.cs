using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tenken.Ai.Tests.Fakes;

/// <summary>Answers the way a correct model would, from the request itself: one verdict per candidate, quoting the rule cues.</summary>
public static class FakeModel
{
    public static string Answer(ModelCall call, string verdict = "該当", Func<string, string>? quoteFor = null)
    {
        var request = call.Request;
        var items = new JsonArray();
        foreach (var candidate in request["candidates"]!.AsArray())
        {
            var code = candidate!["code"]!.GetValue<string>();
            var cue = candidate["ruleCues"]!.AsArray().Select(c => c!.GetValue<string>()).FirstOrDefault() ?? "";
            var applicable = verdict == "該当";
            items.Add(new JsonObject
            {
                ["code"] = code,
                ["verdict"] = verdict,
                ["reason"] = applicable ? $"「{cue}」を義務として求めている" : "定義規定であり義務を課していない",
                ["quotes"] = new JsonArray(applicable ? [(JsonNode)(quoteFor?.Invoke(code) ?? cue)] : []),
                ["direction"] = applicable ? "電磁的方法による提出を認める" : "",
                ["alternatives"] = applicable ? "電子申請" : "",
                ["concerns"] = applicable ? "デジタル手段を使えない人への配慮" : "",
                ["phase_current"] = applicable ? "PHASE1" : "",
                ["phase_target"] = applicable ? "PHASE3" : "",
            });
        }
        return new JsonObject { ["categories"] = items }.ToJsonString(ModelCall.JsonOptions);
    }
}
