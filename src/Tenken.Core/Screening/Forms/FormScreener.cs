using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Forms;

/// <summary>
/// Screens a 様式 or 別表 unit. A form holds fields, not duties, so the article rules do not apply to it; what a
/// form asks of the person filling it in is read from its layout: a seal box or a seal column is a SEAL finding on
/// the unit, with the box as the cue. A form without one gets no finding.
/// </summary>
internal static class FormScreener
{
    public static ArticleResult Screen(Article unit, ScreeningOptions options)
    {
        var text = unit.Text;
        var found = SealBoxFinder.Find(text);
        if (found.Count == 0)
            return new ArticleResult { Article = unit };
        var cues = found.Select(c => new Cue(text[c.Start..c.End], c.Start, c.End, c.RuleId)).ToList();
        var confidence = Math.Min(0.99, found.Max(c => c.Confidence) + 0.05 * (found.Count - 1));
        if (confidence < options.MinimumConfidence)
        {
            return new ArticleResult
            {
                Article = unit,
                Suppressed = [.. cues.Select(c => new SuppressedCue(RegulationCategory.Seal, c, "confidence.low",
                    $"確からしさ {confidence:F2} が下限 {options.MinimumConfidence:F2} 未満のため候補から外した。"))],
            };
        }
        var info = Categories.Get(RegulationCategory.Seal);
        var finding = new Finding
        {
            Id = Finding.MakeId(unit.Key, RegulationCategory.Seal),
            Category = RegulationCategory.Seal,
            Cues = cues,
            Reason = Reason(unit, cues),
            Confidence = Math.Round(confidence, 3),
            Rules = [.. cues.Select(c => c.RuleId).Distinct()],
            Direction = info.Direction,
            Alternatives = info.Alternatives,
        };
        return new ArticleResult { Article = unit, Findings = [finding] };
    }

    private static string Reason(Article unit, List<Cue> cues)
    {
        var quoted = string.Concat(cues.Select(c => c.Text).Distinct().Take(3).Select(t => $"「{t}」"));
        var name = unit.Provision.Japanese();
        return cues.Any(c => c.RuleId == SealBoxFinder.BoxRule)
            ? $"{quoted}：{name}に押印欄があり、記入する者に押印を求めている。"
            : $"{quoted}：{name}に押印を求める欄・記載がある。";
    }
}
