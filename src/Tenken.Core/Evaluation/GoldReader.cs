using System.Text.Json;
using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Evaluation;

/// <summary>
/// Reads gold judgements, one JSON object a line (key, analog, categories, cues, already_digital, confidence,
/// reason). A bad line becomes a diagnostic with its line number and is skipped.
/// </summary>
public static class GoldReader
{
    public static IReadOnlyList<GoldLabel> Read(string path, DiagnosticBag diagnostics)
    {
        var labels = new List<GoldLabel>();
        var seen = new HashSet<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            var label = Parse(line, path, number, diagnostics);
            if (label is null)
                continue;
            if (!seen.Add(label.Key))
            {
                diagnostics.Warning(path, number, $"キー「{label.Key}」が重複しています。最初の行を使います。", "gold.duplicate");
                continue;
            }
            labels.Add(label);
        }
        return labels;
    }

    private static GoldLabel? Parse(string line, string path, int number, DiagnosticBag diagnostics)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String)
            {
                diagnostics.Warning(path, number, "key がありません。この行は読み飛ばしました。", "gold.line");
                return null;
            }
            var categories = new HashSet<RegulationCategory>();
            foreach (var c in Strings(root, "categories"))
            {
                if (Screening.Model.Categories.TryParse(c, out var category))
                    categories.Add(category);
                else
                    diagnostics.Warning(path, number, $"区分「{c}」が分かりません。この区分は無視しました。", "gold.category");
            }
            return new GoldLabel
            {
                Key = key.GetString()!,
                Analog = root.TryGetProperty("analog", out var a) && a.ValueKind == JsonValueKind.True,
                Categories = categories,
                Cues = Strings(root, "cues"),
                AlreadyDigital = root.TryGetProperty("already_digital", out var d) && d.ValueKind == JsonValueKind.True,
                Confidence = root.TryGetProperty("confidence", out var conf) && conf.ValueKind == JsonValueKind.String ? conf.GetString()! : "",
                Reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "",
                Line = number,
            };
        }
        catch (JsonException ex)
        {
            diagnostics.Warning(path, number, $"JSON として読めません（{ex.Message}）。この行は読み飛ばしました。", "gold.line");
            return null;
        }
    }

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
