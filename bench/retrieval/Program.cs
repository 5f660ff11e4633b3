using System.Globalization;
using Tenken.Knowledge.Tests.Precedents;

// Usage: dotnet run --project bench/retrieval -- [DATA_FOLDER]   (default ../shared/data)
var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data");
var judged = RetrievalEvaluation.Load(folder);
if (judged is null)
{
    Console.Error.WriteLine($"{folder}: labels/dev.jsonl or egov/articles.jsonl is absent; nothing to measure.");
    return 1;
}
string Pct(double v) => v.ToString("P1", CultureInfo.InvariantCulture);
var (precedents, queries) = RetrievalEvaluation.AlternateSplit(judged);
var majority = Math.Max(judged.Count(j => j.Analog), judged.Count(j => !j.Analog)) / (double)judged.Count;
Console.WriteLine($"judged articles: {judged.Count} ({judged.Count(j => j.Analog)} analog); majority-class rate {Pct(majority)}");
Console.WriteLine($"alternate split (even lines precedents, odd lines queries): top-1 same verdict {Pct(RetrievalEvaluation.Top1Agreement(precedents, queries))} over {queries.Count} queries");
Console.WriteLine($"alternate split reversed (odd lines precedents, even lines queries): {Pct(RetrievalEvaluation.Top1Agreement(queries, precedents))} over {precedents.Count} queries");
var random = Enumerable.Range(1, 20).Select(seed => RetrievalEvaluation.RandomSplit(judged, seed)).Select(s => RetrievalEvaluation.Top1Agreement(s.Precedents, s.Queries)).Order().ToList();
Console.WriteLine($"20 seeded random half splits: median {Pct(random[random.Count / 2])}, min {Pct(random[0])}, max {Pct(random[^1])}");
return 0;
