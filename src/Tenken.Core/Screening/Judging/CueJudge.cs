using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Judging;

/// <summary>
/// Runs the context rules, in order (<see cref="RuleCatalog"/>, less those switched off), over each candidate: the
/// first rule that sets a cue aside wins.
/// </summary>
internal sealed class CueJudge(IReadOnlyList<ContextRule> rules)
{
    public IReadOnlyList<ContextRule> Rules { get; } = rules;

    public (List<CueCandidate> Kept, List<SuppressedCue> Suppressed) Judge(IEnumerable<CueCandidate> candidates, ArticleContext context)
    {
        var kept = new List<CueCandidate>();
        var suppressed = new List<SuppressedCue>();
        foreach (var candidate in candidates)
        {
            var current = candidate;
            RuleOutcome.Suppress? verdict = null;
            foreach (var rule in Rules)
            {
                switch (rule.Judge(current, context))
                {
                    case RuleOutcome.Suppress s:
                        verdict = s;
                        break;
                    case RuleOutcome.Adjust a:
                        current = current with
                        {
                            Confidence = current.Confidence * a.Factor,
                            Rules = [.. current.Rules, a.RuleId],
                            Notes = a.Note.Length > 0 ? [.. current.Notes, a.Note] : current.Notes,
                            DigitalRoute = a.Route ?? current.DigitalRoute,
                        };
                        break;
                }
                if (verdict is not null)
                    break;
            }
            if (verdict is null)
                kept.Add(current);
            else
                suppressed.Add(new SuppressedCue(current.Category, current.ToCue(context.Text), verdict.RuleId, verdict.Reason));
        }
        return (kept, suppressed);
    }
}
