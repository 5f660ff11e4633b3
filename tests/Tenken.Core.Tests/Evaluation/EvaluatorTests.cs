using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Evaluation;
using Tenken.Core.Screening.Model;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static ArticleResult Result(string key, params RegulationCategory[] categories)
    {
        var article = new Article { Key = key, DocumentId = "d", Num = "1" };
        return new ArticleResult
        {
            Article = article,
            Findings = [.. categories.Select(c => new Finding { Id = Finding.MakeId(key, c), Category = c, Reason = "r" })],
        };
    }

    private static GoldLabel Gold(string key, params RegulationCategory[] categories) =>
        new() { Key = key, Analog = categories.Length > 0, Categories = categories.ToHashSet() };

    public sealed class Evaluate
    {
        [Fact]
        public void CountsArticlesCategoriesConfusionAndMissingKeys()
        {
            var gold = new[]
            {
                Gold("a", RegulationCategory.Paper),
                Gold("b", RegulationCategory.Paper, RegulationCategory.Seal),
                Gold("c"),
                Gold("d", RegulationCategory.Posting),
                Gold("e"),
                Gold("missing", RegulationCategory.Paper),
            };
            var results = new[]
            {
                Result("a", RegulationCategory.Paper),
                Result("b", RegulationCategory.Seal),
                Result("c", RegulationCategory.VisitView),
                Result("d"),
                Result("e"),
            };

            var report = Evaluator.Evaluate(gold, results);

            Assert.Equal(new Metric(2, 1, 1), report.Article);
            Assert.Equal(1, report.TrueNegatives);
            Assert.Equal(5, report.Joined);
            Assert.Equal("missing", Assert.Single(report.Missing).Key);
            Assert.Equal(new Metric(1, 0, 1), report.PerCategory[RegulationCategory.Paper]);
            Assert.Equal(new Metric(1, 0, 0), report.PerCategory[RegulationCategory.Seal]);
            Assert.Equal(new Metric(0, 1, 0), report.PerCategory[RegulationCategory.VisitView]);
            Assert.Equal(new Metric(2, 1, 2), report.CategoryMicro);
            Assert.Equal(2.0 / 3, report.Article.Precision, 6);
            Assert.Equal("c", Assert.Single(report.FalsePositives).Gold.Key);
            Assert.Equal("d", Assert.Single(report.FalseNegatives).Gold.Key);
            Assert.Equal("b", Assert.Single(report.CategoryMismatches).Gold.Key);
            Assert.Equal(1, report.Confusion[(RegulationCategory.Paper, null)]);
            Assert.Equal(1, report.Confusion[(null, RegulationCategory.VisitView)]);
        }
    }

    public sealed class GoldReaderRead
    {
        [Fact]
        public void SkipsBadLinesWithTheirLineNumbers()
        {
            using var folder = new TempFolder();
            var path = folder.File("gold.jsonl");
            File.WriteAllLines(path,
            [
                """{"key": "x#1", "analog": true, "categories": ["PAPER", "NOPE"], "cues": ["書面により"], "confidence": "low", "reason": "r"}""",
                "not json",
                """{"analog": false}""",
                """{"key": "x#1", "analog": false}""",
            ]);
            var bag = new DiagnosticBag();

            var labels = GoldReader.Read(path, bag);

            var label = Assert.Single(labels);
            Assert.Equal([RegulationCategory.Paper], label.Categories);
            Assert.Equal(("low", 1), (label.Confidence, label.Line));
            Assert.Equal([1, 2, 3, 4], bag.ToList().Select(d => d.Line));
        }
    }

    public sealed class HalfOf
    {
        [Fact]
        public void SplitsKeysStablyIntoTwoHalves()
        {
            var keys = Enumerable.Range(0, 400).Select(i => $"322AC0000000067#{i}").ToList();
            var ones = keys.Count(k => GoldSplit.HalfOf(k) == 1);
            Assert.InRange(ones, 150, 250);
            Assert.All(keys, k => Assert.Equal(GoldSplit.HalfOf(k), GoldSplit.HalfOf(new string(k))));
            Assert.All(keys, k => Assert.InRange(GoldSplit.HalfOf(k), 1, 2));
        }
    }
}
