using System.Text.Json;
using Tenken.Knowledge.Precedents;

namespace Tenken.Knowledge.Tests.Precedents;

/// <summary>
/// Retrieval quality over the gold judgements (../shared/data/labels/dev.jsonl with texts from
/// ../shared/data/egov/articles.jsonl): one half of the judged articles becomes the knowledge base, the other half
/// the queries, and a query counts as right when its top-1 precedent has the same verdict (analog or not).
/// Shared by the test and bench/retrieval.
/// </summary>
public static class RetrievalEvaluation
{
    public sealed record Judged(string Key, string Text, bool Analog, IReadOnlyList<string> Categories, string Reason);

    /// <summary>The judged articles in file order, or null when a data file is absent.</summary>
    public static IReadOnlyList<Judged>? Load(string dataFolder)
    {
        var labels = Path.Combine(dataFolder, "labels", "dev.jsonl");
        var articles = Path.Combine(dataFolder, "egov", "articles.jsonl");
        if (!File.Exists(labels) || !File.Exists(articles))
            return null;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(articles))
        {
            using var a = JsonDocument.Parse(line);
            texts[a.RootElement.GetProperty("key").GetString()!] = a.RootElement.GetProperty("text").GetString()!;
        }
        var judged = new List<Judged>();
        foreach (var line in File.ReadLines(labels).Where(l => l.Trim().Length > 0))
        {
            using var l = JsonDocument.Parse(line);
            var key = l.RootElement.GetProperty("key").GetString()!;
            if (!texts.TryGetValue(key, out var text))
                continue;
            judged.Add(new Judged(
                key,
                text,
                l.RootElement.GetProperty("analog").GetBoolean(),
                [.. l.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!)],
                l.RootElement.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : ""));
        }
        return judged;
    }

    /// <summary>The split used for the quoted figure: alternate lines of the file (even lines precedents, odd lines queries).</summary>
    public static (IReadOnlyList<Judged> Precedents, IReadOnlyList<Judged> Queries) AlternateSplit(IReadOnlyList<Judged> judged) =>
        (judged.Where((_, i) => i % 2 == 0).ToList(), judged.Where((_, i) => i % 2 == 1).ToList());

    /// <summary>A seeded random half split, for checking that the figure does not hang on one split.</summary>
    public static (IReadOnlyList<Judged> Precedents, IReadOnlyList<Judged> Queries) RandomSplit(IReadOnlyList<Judged> judged, int seed)
    {
        var shuffled = judged.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        var half = shuffled.Length / 2;
        return (shuffled[..half], shuffled[half..]);
    }

    public static KnowledgeEntry ToEntry(Judged j) => new()
    {
        Municipality = "dev",
        Key = j.Key,
        ArticleKey = j.Key,
        Text = j.Text,
        Categories = j.Categories,
        Verdict = j.Analog ? "該当" : "非該当",
        Reason = j.Reason,
    };

    /// <summary>Share of queries whose top-1 precedent has the same verdict.</summary>
    public static double Top1Agreement(IReadOnlyList<Judged> precedents, IReadOnlyList<Judged> queries) =>
        Top1Agreement(new PrecedentIndex(precedents.Select(ToEntry)), queries);

    public static double Top1Agreement(PrecedentIndex index, IReadOnlyList<Judged> queries)
    {
        var same = queries.Count(q => index.Search(q.Text, 1) is [var top] && top.Entry.Verdict == (q.Analog ? "該当" : "非該当"));
        return (double)same / queries.Count;
    }
}
