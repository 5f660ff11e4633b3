using System.Runtime.CompilerServices;
using System.Buffers;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// Finds every match of a set of lexicon lines in a text: candidate positions come from one vectorised search for
/// the first characters of all anchors (the first literal part of each line), then each line starting with that character is tried. Immutable.
/// </summary>
internal sealed class HitMatcher
{
    private readonly Dictionary<char, (LexiconEntry Entry, CuePattern Pattern, string Anchor)[]> _byFirstChar;
    private readonly SearchValues<char> _firstChars;
    private readonly (LexiconEntry Entry, CuePattern Pattern)[] _regexEntries;

    public HitMatcher(IEnumerable<(LexiconEntry Entry, CuePattern Pattern)> entries)
    {
        var list = entries.ToList();
        // Plain and gap patterns, and regular expressions with literal openings, share one search for their anchors.
        var anchored = list.SelectMany(e => e.Pattern.Prefixes.Select(p => (e.Entry, e.Pattern, Anchor: p))).ToList();
        _byFirstChar = anchored
            .GroupBy(e => e.Anchor[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Anchor.Length).ToArray());
        // A vectorised search for the anchors' first characters beat a multi-string search over Japanese text.
        _firstChars = SearchValues.Create([.. anchored.Select(e => e.Anchor[0]).Distinct()]);
        _regexEntries = [.. list.Where(e => e.Pattern.Regex is not null && e.Pattern.Prefixes.Length == 0)];
    }

    /// <param name="folded">Text folded by <see cref="TextFold"/>.</param>
    /// <param name="sentenceEnd">End of the sentence holding a position; gap patterns and regexes stay inside it.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<LexiconHit> Match(string folded, Func<int, int> sentenceEnd)
    {
        var hits = new List<LexiconHit>();
        var span = folded.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(_firstChars);
            if (next < 0)
                break;
            i += next;
            foreach (var (entry, pattern, anchor) in _byFirstChar[span[i]])
            {
                if (!span[i..].StartsWith(anchor, StringComparison.Ordinal))
                    continue;
                // Try against the whole text first: the sentence (and so the article's layout) is only needed to
                // confirm a match, and most anchors complete none.
                var end = pattern.Regex is not null ? pattern.MatchRegexAt(folded, i, folded.Length)
                    : pattern.Parts.Length == 1 ? i + anchor.Length : pattern.MatchAt(folded, i, folded.Length);
                if (end > i && pattern.Parts.Length != 1 && end > sentenceEnd(i))
                    end = pattern.Regex is not null ? pattern.MatchRegexAt(folded, i, sentenceEnd(i)) : -1;
                if (end > i)
                    hits.Add(new LexiconHit(entry, i, end));
            }
            i++;
        }
        foreach (var (entry, pattern) in _regexEntries)
        {
            foreach (var m in pattern.Regex!.EnumerateMatches(span))
            {
                if (m.Length > 0 && m.Index + m.Length <= sentenceEnd(m.Index))
                    hits.Add(new LexiconHit(entry, m.Index, m.Index + m.Length));
            }
        }
        return hits;
    }
}
