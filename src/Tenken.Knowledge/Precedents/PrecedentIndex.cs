using Tenken.Knowledge.Text;

namespace Tenken.Knowledge.Precedents;

/// <summary>
/// Finds the past decisions most like a text, without a model: BM25 over character bigrams of the text around
/// cue words (the manner of the duty), a smaller share of BM25 over the whole normalised text (the topic), and a
/// bonus for agreeing <see cref="MannerFacets"/>. Build once, then query from any thread.
/// </summary>
public sealed class PrecedentIndex
{
    /// <summary>Weight of the whole-text score against the cue-window score.</summary>
    public const double TopicWeight = 0.1;

    /// <summary>Score per shared facet, minus the same per facet only one side has.</summary>
    public const double FacetWeight = 10;

    private readonly List<KnowledgeEntry> _entries = [];
    private readonly List<IReadOnlySet<string>> _facets = [];
    private readonly Bm25Field _windows = new();
    private readonly Bm25Field _topic = new();

    public PrecedentIndex(IEnumerable<KnowledgeEntry> entries)
    {
        foreach (var entry in entries)
        {
            var profile = Profile.Of(entry.Text);
            _entries.Add(entry);
            _facets.Add(profile.Facets);
            _windows.Add(Bigrams.Count(profile.Windows));
            _topic.Add(Bigrams.Count(profile.Normalized));
        }
    }

    public int Count => _entries.Count;

    /// <summary>The <paramref name="top"/> closest entries, best first; <paramref name="skip"/> leaves entries out (e.g. the finding's own decision).</summary>
    public IReadOnlyList<ScoredEntry> Search(string text, int top, Func<KnowledgeEntry, bool>? skip = null)
    {
        if (_entries.Count == 0 || top <= 0)
            return [];
        var profile = Profile.Of(text);
        var scores = new double[_entries.Count];
        _windows.Score(Bigrams.Count(profile.Windows).Keys, 1, scores);
        _topic.Score(Bigrams.Count(profile.Normalized).Keys, TopicWeight, scores);
        for (var i = 0; i < scores.Length; i++)
        {
            var shared = _facets[i].Count(profile.Facets.Contains);
            var differing = _facets[i].Count + profile.Facets.Count - 2 * shared;
            scores[i] += FacetWeight * (shared - differing);
        }
        return Enumerable.Range(0, scores.Length)
            .Where(i => skip is null || !skip(_entries[i]))
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(top)
            .Select(i => new ScoredEntry(_entries[i], scores[i]))
            .ToList();
    }

    private sealed record Profile(string Normalized, string Windows, IReadOnlySet<string> Facets)
    {
        public static Profile Of(string text)
        {
            var normalized = RetrievalText.Normalize(text);
            var windows = MannerFacets.Windows(normalized);
            return new Profile(normalized, windows, MannerFacets.Of(normalized, windows));
        }
    }
}
