using Tenken.Core.Diagnostics;
using Tenken.Core.Evaluation;
using Tenken.Core.Reading;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// The engine against the gold judgements (../shared/data/labels/dev.jsonl) over the 80 e-Gov Acts: the issue's
/// bars are article recall ≥ 0.95, precision ≥ 0.75 and category micro-F1 ≥ 0.75. Skips when the data is absent.
/// </summary>
public sealed class DevSetEvaluationTests
{
    [Fact]
    public void DevSet_MeetsTheBars()
    {
        var labels = SharedData.Path("labels", "dev.jsonl");
        var xml = SharedData.Path("raw", "egov-law-xml", "xml");
        var bag = new DiagnosticBag();
        var gold = GoldReader.Read(labels, bag);
        var wanted = gold.Select(g => g.Key).ToHashSet();
        var builder = new ReaderPipelineBuilder();
        builder.UseCoreReaders();
        var readers = builder.Build();
        var screener = new ScreeningPipelineBuilder().Build(bag);
        var results = new List<ArticleResult>();
        foreach (var read in readers.ReadAll(readers.ExpandPaths([xml], bag), TestContext.Current.CancellationToken))
        {
            foreach (var document in read.Documents)
                results.AddRange(document.Articles.Where(a => wanted.Contains(a.Key)).Select(a => screener.Screen(a, document)));
        }

        var report = Evaluator.Evaluate(gold, results);

        Assert.Empty(report.Missing);
        Assert.Equal(0, bag.Count);
        Assert.True(report.Article.Recall >= 0.95, $"recall {report.Article.Recall:F3}; missed: {string.Join(" ", report.FalseNegatives.Select(f => f.Gold.Key))}");
        Assert.True(report.Article.Precision >= 0.75, $"precision {report.Article.Precision:F3}; false alarms: {string.Join(" ", report.FalsePositives.Select(f => f.Gold.Key))}");
        Assert.True(report.CategoryMicro.F1 >= 0.75, $"category micro-F1 {report.CategoryMicro.F1:F3}");
    }
}
