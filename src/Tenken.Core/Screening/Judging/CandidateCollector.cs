using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Judging;

/// <summary>
/// Turns lexicon hits into cue candidates: every <c>cue</c> hit, and every <c>verb</c> hit that has a <c>manner</c>
/// of the same category shortly before it in the same sentence (実地に…検査, 書面により…通知). A verb without a
/// manner is set aside (検査・提出・交付 alone are not analog). Overlapping candidates of a category are merged.
/// </summary>
internal static class CandidateCollector
{
    /// <summary>How far (characters) a manner may stand before its verb.</summary>
    public const int MannerWindow = 40;

    public static (List<CueCandidate> Candidates, List<SuppressedCue> Suppressed) Collect(ArticleContext context)
    {
        var candidates = new List<CueCandidate>();
        var suppressed = new List<SuppressedCue>();
        var manners = context.HitsOf(LexiconRole.Manner).ToList();
        var reportedVerbs = new HashSet<(RegulationCategory, string)>();
        foreach (var hit in context.Hits)
        {
            if (hit.Entry.Category is not { } category || context.SentenceAt(hit.Start) is not { } sentence)
                continue;
            if (hit.Entry.Role == LexiconRole.Cue)
            {
                candidates.Add(New(category, hit.Start, hit.End, sentence, [hit.Entry], hit.Entry.Weight));
            }
            else if (hit.Entry.Role == LexiconRole.Verb)
            {
                var manner = manners
                    .Where(m => m.Entry.Category == category && m.End <= hit.Start && hit.Start - m.End <= MannerWindow && sentence.Contains(m.Start)
                        && SameClause(context.Text, m.End, hit.Start))
                    .OrderByDescending(m => m.End)
                    .Cast<LexiconHit?>()
                    .FirstOrDefault();
                if (manner is { } m)
                    candidates.Add(New(category, m.Start, hit.End, sentence, [m.Entry, hit.Entry], Math.Max(m.Entry.Weight, hit.Entry.Weight)));
                else if (reportedVerbs.Add((category, hit.Entry.Pattern)))
                    suppressed.Add(new SuppressedCue(category, new Cue(context.Text[hit.Start..hit.End], hit.Start, hit.End, hit.Entry.RuleId),
                        "manner.missing", $"「{context.Text[hit.Start..hit.End]}」だけでは方法・場所が定まらない（実地に、書面により、事務所に等の態様がない）。"));
            }
        }
        return (Merge(candidates), suppressed);
    }

    /// <summary>
    /// A manner governs a verb only inside one clause: at most one comma between them, and no condition clause
    /// (…ときは、 …場合において、) that would make the verb belong to another statement.
    /// </summary>
    private static bool SameClause(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        return gap.Count('、') <= 1 && !gap.Contains("ときは", StringComparison.Ordinal) && !gap.Contains("場合", StringComparison.Ordinal)
            && gap.IndexOfAny('。', '\n') < 0;
    }

    private static CueCandidate New(RegulationCategory category, int start, int end, Sentences.Sentence sentence, IReadOnlyList<LexiconEntry> entries, double weight) =>
        new() { Category = category, Start = start, End = end, Sentence = sentence, Entries = entries, Confidence = weight };

    /// <summary>Within a category, a candidate overlapping a longer one is folded into it (entries joined, best weight).</summary>
    private static List<CueCandidate> Merge(List<CueCandidate> candidates)
    {
        var result = new List<CueCandidate>();
        foreach (var c in candidates.OrderBy(c => c.Category).ThenBy(c => c.Start).ThenByDescending(c => c.End))
        {
            var i = result.FindIndex(r => r.Category == c.Category && r.Start < c.End && c.Start < r.End);
            if (i < 0)
            {
                result.Add(c);
                continue;
            }
            var r = result[i];
            result[i] = r with
            {
                Start = Math.Min(r.Start, c.Start),
                End = Math.Max(r.End, c.End),
                Entries = [.. r.Entries.Concat(c.Entries).Distinct()],
                Confidence = Math.Max(r.Confidence, c.Confidence),
            };
        }
        return result;
    }
}
