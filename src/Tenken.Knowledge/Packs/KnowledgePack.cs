using System.Text.Encodings.Web;
using System.Text.Json;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Packs;

/// <summary>
/// Reads and writes knowledge packs: the JSON that carries decisions between municipalities
/// (format <c>tenken-kb-pack</c>, documented in docs/kb-pack.md). Reading checks everything first and
/// throws <see cref="KnowledgePackException"/> for any problem, so a bad pack imports nothing.
/// </summary>
public static class KnowledgePack
{
    public const string FormatName = "tenken-kb-pack";
    public const int Version = 1;

    private static readonly string[] Verdicts = ["該当", "非該当", "要検討"];

    public static void Write(Stream output, IReadOnlyList<KnowledgeEntry> entries, string exportedBy, string toolVersion)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", Version);
        w.WriteString("tool", "tenken " + toolVersion);
        w.WriteString("exportedBy", exportedBy);
        w.WriteString("exportedAt", Timestamps.Now());
        w.WriteStartArray("entries");
        foreach (var e in entries.OrderBy(e => e.Municipality, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("municipality", e.Municipality);
            w.WriteString("key", e.Key);
            w.WriteString("articleKey", e.ArticleKey);
            w.WriteString("documentTitle", e.DocumentTitle);
            w.WriteString("articleTitle", e.ArticleTitle);
            w.WriteString("text", e.Text);
            w.WriteStartArray("categories");
            foreach (var c in e.Categories)
                w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteString("verdict", e.Verdict);
            w.WriteString("direction", e.Direction);
            w.WriteString("reason", e.Reason);
            w.WriteString("reviewer", e.Reviewer);
            w.WriteString("decidedAt", Timestamps.Format(e.DecidedAt));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static IReadOnlyList<KnowledgeEntry> Read(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (FileNotFoundException ex)
        {
            throw new KnowledgePackException($"{path}: ファイルが見つかりません。", ex);
        }
        catch (JsonException ex)
        {
            throw new KnowledgePackException($"{path}:{(ex.LineNumber ?? 0) + 1}: JSON として読めません（{ex.Message}）。", ex);
        }
        using (document)
            return ReadEntries(path, document.RootElement);
    }

    private static IReadOnlyList<KnowledgeEntry> ReadEntries(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != FormatName)
            throw new KnowledgePackException($"{path}: Tenken の知識パックではありません（\"format\": \"{FormatName}\" がありません）。");
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v))
            throw new KnowledgePackException($"{path}: 知識パックの版（\"version\"）がありません。");
        if (v > Version)
            throw new KnowledgePackException($"{path}: 知識パックの版 {v} はこの tenken では読めません（{Version} まで）。tenken を更新してください。");
        if (!root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            throw new KnowledgePackException($"{path}: \"entries\" の配列がありません。");
        var result = new List<KnowledgeEntry>();
        var index = 0;
        foreach (var e in entries.EnumerateArray())
        {
            index++;
            string Required(string name) => Text(e, name) is { Length: > 0 } value
                ? value
                : throw new KnowledgePackException($"{path}: entries の {index} 件目に \"{name}\" がありません。");
            var verdict = Required("verdict");
            if (!Verdicts.Contains(verdict))
                throw new KnowledgePackException($"{path}: entries の {index} 件目の判定「{verdict}」は 該当・非該当・要検討 のいずれでもありません。");
            var decided = Text(e, "decidedAt");
            result.Add(new KnowledgeEntry
            {
                Municipality = Required("municipality"),
                Key = Required("key"),
                ArticleKey = Text(e, "articleKey") ?? Required("key"),
                DocumentTitle = Text(e, "documentTitle") ?? "",
                ArticleTitle = Text(e, "articleTitle") ?? "",
                Text = Required("text"),
                Categories = e.TryGetProperty("categories", out var cats) && cats.ValueKind == JsonValueKind.Array
                    ? [.. cats.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)]
                    : [],
                Verdict = verdict,
                Direction = Text(e, "direction") ?? "",
                Reason = Text(e, "reason") ?? "",
                Reviewer = Text(e, "reviewer") ?? "",
                DecidedAt = decided is null ? default : Timestamps.Parse(decided),
            });
        }
        return result;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
