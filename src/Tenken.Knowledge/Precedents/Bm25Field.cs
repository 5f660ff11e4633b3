namespace Tenken.Knowledge.Precedents;

/// <summary>An inverted index of character bigrams over one text field, scored with Okapi BM25.</summary>
internal sealed class Bm25Field
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<int, List<(int Doc, int Tf)>> _postings = [];
    private readonly List<int> _lengths = [];
    private long _totalLength;

    public void Add(Dictionary<int, int> grams)
    {
        var doc = _lengths.Count;
        var length = 0;
        foreach (var (gram, tf) in grams)
        {
            if (!_postings.TryGetValue(gram, out var list))
                _postings[gram] = list = [];
            list.Add((doc, tf));
            length += tf;
        }
        _lengths.Add(length);
        _totalLength += length;
    }

    /// <summary>Adds <paramref name="weight"/> × BM25(query, doc) to <paramref name="scores"/>; each query bigram counts once.</summary>
    public void Score(IEnumerable<int> queryGrams, double weight, double[] scores)
    {
        var n = _lengths.Count;
        if (n == 0)
            return;
        var average = Math.Max(1e-9, (double)_totalLength / n);
        foreach (var gram in queryGrams)
        {
            if (!_postings.TryGetValue(gram, out var list))
                continue;
            var idf = Math.Log(1 + (n - list.Count + 0.5) / (list.Count + 0.5));
            foreach (var (doc, tf) in list)
                scores[doc] += weight * idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * _lengths[doc] / average));
        }
    }
}
