using System.Text.Json;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Json;

/// <summary>The JSON shape of a finding and of a suppressed cue, shared by results.json and review.json.</summary>
public static class FindingJson
{
    /// <summary>Writes a finding; <paramref name="place"/> is its 条・項・号 (e.g. 第十条第二項第三号) when known.</summary>
    public static void Write(Utf8JsonWriter w, Finding f, string? place = null)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("category", f.Category.Code());
        w.WriteString("categoryName", f.Category.JapaneseName());
        w.WriteBoolean("active", f.IsActive);
        w.WriteString("judgement", ReportLabels.Judgement(f));
        if (place is not null)
            w.WriteString("place", place);
        w.WriteStartArray("cues");
        foreach (var c in f.Cues)
            WriteCue(w, c);
        w.WriteEndArray();
        w.WriteString("reason", f.Reason);
        w.WriteNumber("confidence", Math.Round(f.Confidence, 3));
        w.WriteStartArray("rules");
        foreach (var r in f.Rules)
            w.WriteStringValue(r);
        w.WriteEndArray();
        w.WriteString("digitalRoute", f.DigitalRoute.ToString().ToLowerInvariant());
        w.WriteString("direction", f.Direction);
        w.WriteString("alternatives", f.Alternatives);
        if (f.Concerns.Length > 0)
            w.WriteString("concerns", f.Concerns);
        if (f.Ai is { } ai)
            WriteAi(w, ai);
        if (f.Decision is { } d)
            WriteDecision(w, d);
        if (f.Precedents.Count > 0)
        {
            w.WriteStartArray("precedents");
            foreach (var p in f.Precedents)
            {
                w.WriteStartObject();
                w.WriteString("municipality", p.Municipality);
                w.WriteString("key", p.ArticleKey);
                w.WriteString("title", p.Title);
                w.WriteString("verdict", p.Verdict);
                w.WriteString("categories", p.Categories);
                w.WriteString("reason", p.Reason);
                w.WriteNumber("score", Math.Round(p.Score, 4));
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public static void WriteSuppressed(Utf8JsonWriter w, SuppressedCue s)
    {
        w.WriteStartObject();
        w.WriteString("category", s.Category.Code());
        w.WritePropertyName("cue");
        WriteCue(w, s.Cue);
        w.WriteString("rule", s.RuleId);
        w.WriteString("reason", s.Reason);
        w.WriteEndObject();
    }

    private static void WriteCue(Utf8JsonWriter w, Cue c)
    {
        w.WriteStartObject();
        w.WriteString("text", c.Text);
        w.WriteNumber("start", c.Start);
        w.WriteNumber("end", c.End);
        if (c.RuleId.Length > 0)
            w.WriteString("rule", c.RuleId);
        w.WriteEndObject();
    }

    private static void WriteAi(Utf8JsonWriter w, AiReview ai)
    {
        w.WriteStartObject("ai");
        w.WriteString("status", ai.Status.ToString().ToLowerInvariant());
        w.WriteString("reason", ai.Reason);
        w.WriteStartArray("quotes");
        foreach (var q in ai.Quotes)
            w.WriteStringValue(q);
        w.WriteEndArray();
        w.WriteString("direction", ai.Direction);
        w.WriteString("alternatives", ai.Alternatives);
        w.WriteString("concerns", ai.Concerns);
        w.WriteString("phaseCurrent", ai.PhaseCurrent);
        w.WriteString("phaseTarget", ai.PhaseTarget);
        w.WriteString("model", ai.Model);
        if (ai.Failure.Length > 0)
            w.WriteString("failure", ai.Failure);
        w.WriteEndObject();
    }

    private static void WriteDecision(Utf8JsonWriter w, ReviewDecision d)
    {
        w.WriteStartObject("decision");
        w.WriteString("verdict", ReportLabels.Verdict(d.Verdict));
        w.WriteString("reviewer", d.Reviewer);
        w.WriteString("note", d.Note);
        w.WriteString("decidedAt", d.DecidedAt);
        w.WriteBoolean("conflict", d.Conflict);
        w.WriteEndObject();
    }
}
