using Tenken.Core.Diagnostics;
using Tenken.Core.Evaluation;
using Tenken.Core.Reading;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// Scans inputs for the keys of a gold file and evaluates the engine on them: by default the 80 e-Gov Acts of
/// ../shared/data (skipping, naming the folder, when it is absent), or the folders and files given.
/// </summary>
internal static class GoldSetEvaluation
{
    public static (EvaluationReport Report, DiagnosticBag Diagnostics) Run(string labels) =>
        Run(labels, SharedData.Path("raw", "egov-law-xml", "xml"));

    public static (EvaluationReport Report, DiagnosticBag Diagnostics) Run(string labels, params string[] inputs)
    {
        var bag = new DiagnosticBag();
        var gold = GoldReader.Read(labels, bag);
        var wanted = gold.Select(g => g.Key).ToHashSet();
        var builder = new ReaderPipelineBuilder();
        builder.UseCoreReaders();
        var readers = builder.Build();
        var screener = new ScreeningPipelineBuilder().Build(bag);
        var results = new List<ArticleResult>();
        foreach (var read in readers.ReadAll(readers.ExpandPaths(inputs, bag), TestContext.Current.CancellationToken))
        {
            foreach (var document in read.Documents)
                results.AddRange(document.Articles.Where(a => wanted.Contains(a.Key)).Select(a => screener.Screen(a, document)));
        }
        return (Evaluator.Evaluate(gold, results), bag);
    }

    public static void AssertBars(EvaluationReport report, DiagnosticBag bag, double recall, double precision, double categoryF1)
    {
        Assert.Empty(report.Missing);
        Assert.Equal(0, bag.Count);
        Assert.True(report.Article.Recall >= recall, $"recall {report.Article.Recall:F3}; missed: {string.Join(" ", report.FalseNegatives.Select(f => f.Gold.Key))}");
        Assert.True(report.Article.Precision >= precision, $"precision {report.Article.Precision:F3}; false alarms: {string.Join(" ", report.FalsePositives.Select(f => f.Gold.Key))}");
        Assert.True(report.CategoryMicro.F1 >= categoryF1, $"category micro-F1 {report.CategoryMicro.F1:F3}");
    }
}
