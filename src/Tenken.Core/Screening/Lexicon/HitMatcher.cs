using System.Runtime.CompilerServices;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// Finds every match of a set of lexicon lines in a text: candidate positions are the characters that start some
/// anchor (the first literal part of each line); the lines tried there are those whose anchor starts with the same
/// two characters (書面 and 書類 are tried apart), longest anchor first. Immutable.
/// </summary>
internal sealed class HitMatcher
{
    private readonly Dictionary<int, Anchored[]> _byFirstTwo;
    private readonly Dictionary<char, Anchored[]> _singles;
    private readonly CharSet _firstChars;
    private readonly (LexiconEntry Entry, CuePattern Pattern)[] _regexEntries;

    public HitMatcher(IEnumerable<(LexiconEntry Entry, CuePattern Pattern)> entries)
    {
        var list = entries.ToList();
        // Plain and gap patterns, and regular expressions with literal openings, share one search for their anchors.
        var anchored = list.SelectMany(e => e.Pattern.Prefixes.Select(p => new Anchored(e.Entry, e.Pattern, p))).ToList();
        _byFirstTwo = anchored.Where(e => e.Anchor.Length >= 2)
            .GroupBy(e => Key(e.Anchor[0], e.Anchor[1]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Anchor.Length).ToArray());
        _singles = anchored.Where(e => e.Anchor.Length == 1)
            .GroupBy(e => e.Anchor[0])
            .ToDictionary(g => g.Key, g => g.ToArray());
        _firstChars = new CharSet(anchored.Select(e => e.Anchor[0]));
        _regexEntries = [.. list.Where(e => e.Pattern.Regex is not null && e.Pattern.Prefixes.Length == 0)];
    }

    /// <param name="folded">Text folded by <see cref="TextFold"/>.</param>
    /// <param name="sentenceEnd">End of the sentence holding a position; gap patterns and regexes stay inside it.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<LexiconHit> Match(string folded, Func<int, int> sentenceEnd)
    {
        var hits = new List<LexiconHit>();
        var span = folded.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!_firstChars.Contains(span[i]))
                continue;
            if (i + 1 < span.Length && _byFirstTwo.TryGetValue(Key(span[i], span[i + 1]), out var pairs))
                TryAll(pairs, folded, i, 2, sentenceEnd, hits);
            if (_singles.Count > 0 && _singles.TryGetValue(span[i], out var singles))
                TryAll(singles, folded, i, 1, sentenceEnd, hits);
        }
        foreach (var (entry, pattern) in _regexEntries)
            AddWholeTextMatches(entry, pattern.Regex!, folded, sentenceEnd, hits);
        return hits;
    }

    // A match cut short by the pattern's timeout ends this line's search (see CuePattern.MatchRegexAt).
    private static void AddWholeTextMatches(LexiconEntry entry, System.Text.RegularExpressions.Regex regex, string folded, Func<int, int> sentenceEnd, List<LexiconHit> hits)
    {
        try
        {
            foreach (var m in regex.EnumerateMatches(folded))
            {
                if (m.Length > 0 && m.Index + m.Length <= sentenceEnd(m.Index))
                    hits.Add(new LexiconHit(entry, m.Index, m.Index + m.Length));
            }
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
        }
    }

    // known: how many leading characters of every candidate's anchor already match at i.
    private static void TryAll(Anchored[] candidates, string folded, int i, int known, Func<int, int> sentenceEnd, List<LexiconHit> hits)
    {
        foreach (var (entry, pattern, anchor) in candidates)
        {
            if (!RestMatches(folded, i, anchor, known))
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
    }

    // Anchors are a few characters long: a plain loop beats a call into the framework's vectorised comparison.
    private static bool RestMatches(string text, int i, string anchor, int from)
    {
        if (anchor.Length > text.Length - i)
            return false;
        for (var k = from; k < anchor.Length; k++)
        {
            if (text[i + k] != anchor[k])
                return false;
        }
        return true;
    }

    private static int Key(char first, char second) => first << 16 | second;

    // A class, not a struct: LINQ and collections over it then share the framework's precompiled code.
    private sealed record Anchored(LexiconEntry Entry, CuePattern Pattern, string Anchor);
}
