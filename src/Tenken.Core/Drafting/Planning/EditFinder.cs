using Tenken.Core.Drafting.Patterns;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Planning;

/// <summary>
/// Finds, for each cue of each finding to draft, the first pattern of its category whose match overlaps the cue
/// within one line of the article text. Cues no pattern fits are returned with the finding, for 要個別検討.
/// </summary>
internal static class EditFinder
{
    /// <summary>Edits for the cues; <c>reasons</c> receives the reason of each cue a 要個別検討 line matched.</summary>
    public static (List<PlannedEdit> Edits, List<(Finding Finding, Cue Cue)> Unfixed) Find(
        string text, IEnumerable<Finding> findings, DraftPatternSet patterns, bool national, Dictionary<Cue, string> reasons)
    {
        var edits = new List<PlannedEdit>();
        var unfixed = new List<(Finding, Cue)>();
        foreach (var finding in findings)
        {
            foreach (var cue in finding.Cues)
            {
                if (edits.Any(e => e.Category == finding.Category && e.Overlaps(cue.Start, cue.End)))
                    continue;
                var edit = Match(text, cue, finding.Category, patterns.For(finding.Category, national));
                if (edit?.Pattern.ManualReason is { } reason)
                {
                    unfixed.Add((finding, cue));
                    reasons[cue] = reason;
                }
                else if (edit is null)
                    unfixed.Add((finding, cue));
                else if (!edits.Any(e => e.Overlaps(edit.Start, edit.End)))
                    edits.Add(edit);
                else if (!edits.Any(e => e.Start == edit.Start && e.End == edit.End))
                    unfixed.Add((finding, cue));
            }
        }
        return (edits, unfixed);
    }

    private static PlannedEdit? Match(string text, Cue cue, RegulationCategory category, IEnumerable<DraftPattern> patterns)
    {
        // Search the line the cue is on (a pattern may look a little behind and ahead of the cue).
        var lineStart = text.LastIndexOf('\n', Math.Max(0, cue.Start - 1)) + 1;
        if (cue.Start == 0)
            lineStart = 0;
        var lineEnd = text.IndexOf('\n', cue.End > 0 ? cue.End - 1 : 0);
        if (lineEnd < 0)
            lineEnd = text.Length;
        foreach (var pattern in patterns)
        {
            for (var m = pattern.Match.Match(text, lineStart, lineEnd - lineStart); m.Success; m = m.NextMatch())
            {
                if (m.Index >= cue.End)
                    break;
                if (m.Index + m.Length <= cue.Start || m.Length == 0)
                    continue;
                if (pattern.ManualReason is not null)
                    return new PlannedEdit(m.Index, m.Index + m.Length, "", pattern, category);
                var replacement = m.Result(pattern.Replacement);
                if (replacement != m.Value)
                    return new PlannedEdit(m.Index, m.Index + m.Length, replacement, pattern, category);
            }
        }
        return null;
    }
}
