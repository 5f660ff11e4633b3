using System.Text.Json;
using System.Text.RegularExpressions;
using Tenken.Ai.Prompting;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Validation;

/// <summary>
/// Checks a model answer against the verdict schema and the article: exactly one entry per candidate, a known
/// verdict, a reason, quotes that occur in the article text (a 該当 needs at least one), PHASE values. Nothing the
/// answer says is trusted until it passes here.
/// </summary>
public static partial class AnswerValidator
{
    public static AnswerCheck Check(string answer, ReviewRequest request)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(ExtractJson(answer), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return AnswerCheck.Broken($"JSON として読めません（{ex.Message.Split('.')[0]}）");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("categories", out var list) || list.ValueKind != JsonValueKind.Array)
                return new AnswerCheck(null, ["最上位が {\"categories\": [...]} の形ではありません"], false);
            var problems = new List<string>();
            var verdicts = new List<CategoryVerdict>();
            foreach (var entry in list.EnumerateArray())
            {
                if (CheckEntry(entry, request, problems) is { } verdict)
                {
                    if (verdicts.Any(v => v.Category == verdict.Category))
                        problems.Add($"区分 {verdict.Category.Code()} に二度答えています");
                    else
                        verdicts.Add(verdict);
                }
            }
            foreach (var missing in request.Candidates.Where(c => verdicts.All(v => v.Category != c.Category)))
                problems.Add($"区分 {missing.Category.Code()} の判定がありません");
            return problems.Count == 0 ? new AnswerCheck(verdicts, [], false) : new AnswerCheck(null, problems, false);
        }
    }

    private static CategoryVerdict? CheckEntry(JsonElement e, ReviewRequest request, List<string> problems)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add("categories の要素がオブジェクトではありません");
            return null;
        }
        var code = Str(e, "code");
        if (!Categories.TryParse(code, out var category) || request.Candidates.All(c => c.Category != category))
        {
            problems.Add($"区分コード「{code}」は candidates にありません");
            return null;
        }
        var label = category.Code();
        var verdictText = Str(e, "verdict");
        bool? applicable = verdictText switch { "該当" => true, "非該当" => false, _ => null };
        if (applicable is null)
            problems.Add($"{label}: verdict は「該当」か「非該当」にしてください（「{verdictText}」）");
        var reason = Str(e, "reason");
        if (reason.Length == 0)
            problems.Add($"{label}: reason が空です");
        var quotes = CheckQuotes(e, request.Text, label, problems);
        if (applicable == true && quotes.Count == 0 && !problems.Any(p => p.StartsWith(label + ": 引用", StringComparison.Ordinal)))
            problems.Add($"{label}: 該当なら quotes に条文の語句を一つ以上挙げてください");
        var current = Phase(e, "phase_current", label, applicable == true, problems);
        var target = Phase(e, "phase_target", label, applicable == true, problems);
        return applicable is null ? null : new CategoryVerdict
        {
            Category = category,
            Applicable = applicable.Value,
            Reason = reason,
            Quotes = quotes,
            Direction = Str(e, "direction"),
            Alternatives = Str(e, "alternatives"),
            Concerns = Str(e, "concerns"),
            PhaseCurrent = current,
            PhaseTarget = target,
        };
    }

    private static List<Cue> CheckQuotes(JsonElement e, string text, string label, List<string> problems)
    {
        var cues = new List<Cue>();
        if (!e.TryGetProperty("quotes", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{label}: quotes は文字列の配列にしてください");
            return cues;
        }
        foreach (var q in quotes.EnumerateArray())
        {
            var quote = q.ValueKind == JsonValueKind.String ? q.GetString()!.Trim().Trim('「', '」', '"') : "";
            if (quote.Length == 0)
                continue;
            if (QuoteLocator.Find(text, quote) is { } span)
                cues.Add(new Cue(text[span.Start..span.End], span.Start, span.End, QuoteLocator.RuleId));
            else
                problems.Add($"{label}: 引用「{Shorten(quote)}」は条文にありません");
        }
        return cues;
    }

    private static string Phase(JsonElement e, string name, string label, bool required, List<string> problems)
    {
        var raw = Str(e, name);
        var m = PhasePattern().Match(raw);
        if (m.Success)
        {
            var digit = m.Groups[1].Value[0];
            return "PHASE" + (char)(digit >= '１' ? digit - '１' + '1' : digit);
        }
        if (raw.Length > 0 || required)
            problems.Add($"{label}: {name} は PHASE1・PHASE2・PHASE3 のいずれかにしてください（「{raw}」）");
        return "";
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : "";

    /// <summary>Accepts an answer wrapped in a ```json fence or with words around the object, as small models do.</summary>
    internal static string ExtractJson(string answer)
    {
        var s = answer.Trim();
        var first = s.IndexOf('{');
        var last = s.LastIndexOf('}');
        return first >= 0 && last > first ? s[first..(last + 1)] : s;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    [GeneratedRegex(@"^\s*(?:PHASE|フェーズ|ＰＨＡＳＥ)?\s*([1-3１-３])\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhasePattern();
}
