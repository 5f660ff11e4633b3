using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Judging;

/// <summary>
/// Groups the kept cues of an article by category into findings: cue spans, the rules that fired, a Japanese reason,
/// a confidence (the best cue, a little more for each further cue) and the review direction from the category table.
/// </summary>
internal static class FindingAssembler
{
    public static (List<Finding> Findings, List<SuppressedCue> Dropped) Assemble(
        IReadOnlyList<CueCandidate> kept, ArticleContext context, ScreeningOptions options)
    {
        var findings = new List<Finding>();
        var dropped = new List<SuppressedCue>();
        foreach (var group in kept.GroupBy(c => c.Category).OrderBy(g => g.Key))
        {
            var cues = group.OrderBy(c => c.Start).ToList();
            var confidence = Math.Min(0.99, cues.Max(c => c.Confidence) + 0.05 * (cues.Count - 1));
            if (confidence < options.MinimumConfidence)
            {
                dropped.AddRange(cues.Select(c => new SuppressedCue(c.Category, c.ToCue(context.Text), "confidence.low",
                    $"確からしさ {confidence:F2} が下限 {options.MinimumConfidence:F2} 未満のため候補から外した。")));
                continue;
            }
            var info = Categories.Get(group.Key);
            var route = cues.Any(c => c.DigitalRoute == DigitalRoute.Partial) ? DigitalRoute.Partial : DigitalRoute.None;
            findings.Add(new Finding
            {
                Id = Finding.MakeId(context.Article.Key, group.Key),
                Category = group.Key,
                Cues = [.. cues.Select(c => c.ToCue(context.Text))],
                Reason = Reason(group.Key, cues, context),
                Confidence = Math.Round(confidence, 3),
                Rules = [.. cues.SelectMany(c => c.Entries.Select(e => e.RuleId).Concat(c.Rules)).Distinct()],
                DigitalRoute = route,
                Direction = info.Direction,
                Alternatives = info.Alternatives,
            });
        }
        return (findings, dropped);
    }

    private static string Reason(RegulationCategory category, List<CueCandidate> cues, ArticleContext context)
    {
        var quoted = string.Concat(cues.Select(c => context.Text[c.Start..c.End]).Distinct().Take(3).Select(t => $"「{t}」"));
        var first = cues[0].Sentence;
        var governing = first.Depth > 0 && first.Lead >= 0 ? context.Layout.Sentences[first.Lead] : first;
        var form = ReasonText.Form(context.FactsOf(governing).MainText);
        var notes = cues.SelectMany(c => c.Notes).Distinct().ToList();
        var tail = notes.Count > 0 ? $"（{string.Join("。", notes)}）" : "";
        return $"{quoted}：{ReasonText.Phrase(category)}（{form}）。{tail}";
    }
}
