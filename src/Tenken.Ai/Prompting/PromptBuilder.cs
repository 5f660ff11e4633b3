using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Tenken.Core.Screening.Model;
using Tenken.Core.Serialization;

namespace Tenken.Ai.Prompting;

/// <summary>
/// Builds the messages of one call. The article and everything else taken from the corpus go into the user
/// message as one JSON object, so the article text is a JSON string: it cannot close the field it sits in,
/// and the instructions stay in the system message alone.
/// </summary>
public static class PromptBuilder
{
    /// <summary>At most this many precedents are shown, best first, to keep the prompt short.</summary>
    public const int MaxPrecedents = 3;

    public static IReadOnlyList<ChatMessage> Build(ReviewRequest request) =>
    [
        new(ChatRole.System, SystemPrompt.Text),
        new(ChatRole.User, UserJson(request)),
    ];

    /// <summary>The first call's messages, the rejected answer and a request to answer again, naming the problems.</summary>
    public static IReadOnlyList<ChatMessage> Repair(IReadOnlyList<ChatMessage> first, string rejected, IReadOnlyList<string> problems)
    {
        var text = new StringBuilder("前回の回答は受け付けられませんでした。問題点:\n");
        foreach (var p in problems.Take(10))
            text.Append("- ").Append(p).Append('\n');
        text.Append("システムメッセージの形式どおり、JSON オブジェクト一つだけで答え直してください。quotes は article.text にそのまま含まれる語句だけにしてください。");
        return [.. first, new(ChatRole.Assistant, rejected.Length <= 4000 ? rejected : rejected[..4000]), new(ChatRole.User, text.ToString())];
    }

    public static string UserJson(ReviewRequest request)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonDefaults.Compact with { SkipValidation = false }))
        {
            w.WriteStartObject();
            w.WriteString("task", "candidates の各区分について article.text を判定し、指定の JSON 形式で答える");
            w.WriteStartObject("document");
            w.WriteString("title", request.DocumentTitle);
            w.WriteString("kind", request.DocumentKind);
            w.WriteEndObject();
            w.WriteStartObject("article");
            w.WriteString("key", request.ArticleKey);
            w.WriteString("title", request.ArticleTitle);
            w.WriteString("caption", request.Caption ?? "");
            w.WriteString("text", request.Text);
            w.WriteEndObject();
            w.WriteStartArray("candidates");
            foreach (var c in request.Candidates)
                WriteCandidate(w, c);
            w.WriteEndArray();
            if (request.Precedents.Count > 0)
            {
                w.WriteStartArray("precedents");
                foreach (var p in request.Precedents.Take(MaxPrecedents))
                {
                    w.WriteStartObject();
                    w.WriteString("municipality", p.Municipality);
                    w.WriteString("title", p.Title);
                    w.WriteString("verdict", p.Verdict);
                    w.WriteString("categories", p.Categories);
                    w.WriteString("reason", p.Reason);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCandidate(Utf8JsonWriter w, CandidateCategory c)
    {
        var info = Categories.Get(c.Category);
        w.WriteStartObject();
        w.WriteString("code", info.Code);
        w.WriteString("name", info.Name);
        w.WriteString("meaning", info.Meaning);
        w.WriteString("typicalDirection", info.Direction);
        w.WriteStartArray("ruleCues");
        foreach (var cue in c.Cues)
            w.WriteStringValue(cue);
        w.WriteEndArray();
        w.WriteString("ruleReason", c.RuleReason);
        w.WriteEndObject();
    }
}
