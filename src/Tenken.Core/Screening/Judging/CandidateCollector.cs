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
        if (context.Hits.Count == 0)
            return (candidates, suppressed);
        var reportedVerbs = new HashSet<string>();
        foreach (var hit in context.Hits)
        {
            if (hit.Entry.Category is not { } category)
                continue;
            if (hit.Entry.Role == LexiconRole.Cue)
            {
                if (context.SentenceAt(hit.Start) is { } sentence)
                    candidates.Add(New(category, hit.Start, hit.End, sentence, [hit.Entry], hit.Entry.Weight));
            }
            else if (hit.Entry.Role == LexiconRole.Verb && !InNoun(context.Text, hit.End))
            {
                var manner = Manner(context, hit, category);
                if (manner is { } m)
                    candidates.Add(New(category, m.Start, hit.End, context.SentenceAt(hit.Start)!, [m.Entry, hit.Entry], Math.Max(m.Entry.Weight, hit.Entry.Weight)));
                else if (hit.Entry.Note.Length > 0 && reportedVerbs.Add(hit.Entry.Pattern))
                    suppressed.Add(new SuppressedCue(category, new Cue(context.Text[hit.Start..hit.End], hit.Start, hit.End, hit.Entry.RuleId),
                        "manner.missing", $"「{context.Text[hit.Start..hit.End]}」は態様（実地に・書面により・事務所に等）の定めがなく判定しない: {hit.Entry.Note}。"));
            }
        }
        return (Merge(candidates), suppressed);
    }

    /// <summary>The nearest manner of the category before the verb, in its sentence and clause, or null.</summary>
    private static LexiconHit? Manner(ArticleContext context, LexiconHit verb, RegulationCategory category)
    {
        // Only the manners of the verb's sentence are looked at, and the cheap tests come first: an article of
        // thousands of items must cost time in proportion to its length, not to its hits squared (issue 18 item 5).
        if (context.SentenceAt(verb.Start) is not { } sentence)
            return null;
        LexiconHit? best = null;
        foreach (var m in context.HitsIn(LexiconRole.Manner, sentence))
        {
            if (m.Entry.Category != category || m.End > verb.Start || (best is { } b && b.End >= m.End)
                || Distance(context.Text, m.End, verb.Start) > MannerWindow)
                continue;
            // A manner governs the first verb of its category after it, not a later one (「書面により通知」とあるのは「通知」).
            if (context.HitsIn(LexiconRole.Verb, sentence).Any(v => v.Entry.Category == category && v.Start >= m.End && v.End <= verb.Start && !InNoun(context.Text, v.End)))
                continue;
            if (!SameClause(context.Text, m.End, verb.Start))
                continue;
            best = m;
        }
        return best;
    }

    /// <summary>
    /// A manner governs a verb only inside one clause: at most one comma between them, and no condition clause
    /// (…ときは、 …場合において、), sentence end or quotation that would make the verb belong to another statement.
    /// Bracketed text does not count: a definition in brackets (電磁的記録（…をいう。）) may hold any of these.
    /// </summary>
    private static bool SameClause(string text, int from, int to)
    {
        var outside = new System.Text.StringBuilder(to - from);
        var nesting = 0;
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (c is '（' or '(')
                nesting++;
            else if (c is '）' or ')')
                nesting = Math.Max(0, nesting - 1);
            else if (nesting == 0)
                outside.Append(c);
        }
        var gap = outside.ToString();
        return gap.Count(c => c == '、') <= 1 && !gap.Contains("ときは", StringComparison.Ordinal) && !gap.Contains("場合", StringComparison.Ordinal)
            && gap.IndexOfAny(['。', '\n', '「', '」']) < 0;
    }

    /// <summary>Characters between a manner and its verb, not counting bracketed text (毎年一回（…）、…検査).</summary>
    private static int Distance(string text, int from, int to)
    {
        var distance = 0;
        var nesting = 0;
        for (var i = from; i < to && distance <= MannerWindow; i++)
        {
            var c = text[i];
            if (c is '（' or '(')
                nesting++;
            else if (c is '）' or ')')
                nesting = Math.Max(0, nesting - 1);
            else if (nesting == 0)
                distance++;
        }
        return distance;
    }

    /// <summary>検査機関, 検査員, 検査証: the verb is part of a noun naming a body, a post or a paper, not the act.</summary>
    private static bool InNoun(string text, int end) =>
        end < text.Length && text[end] is '機' or '員' or '所' or '官' or '証' or '済' or '場';

    private static CueCandidate New(RegulationCategory category, int start, int end, Sentences.Sentence sentence, IReadOnlyList<LexiconEntry> entries, double weight) =>
        new() { Category = category, Start = start, End = end, Sentence = sentence, Entries = entries, Confidence = weight };

    /// <summary>Within a category, a candidate overlapping a longer one is folded into it (entries joined, best weight).</summary>
    private static List<CueCandidate> Merge(List<CueCandidate> candidates)
    {
        var result = new List<CueCandidate>();
        foreach (var c in candidates.OrderBy(c => c.Category).ThenBy(c => c.Start).ThenByDescending(c => c.End))
        {
            // Sorted by category and start: only the last candidate of the category can overlap this one.
            var i = result.Count - 1;
            if (i < 0 || result[i].Category != c.Category || !(result[i].Start < c.End && c.Start < result[i].End))
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
