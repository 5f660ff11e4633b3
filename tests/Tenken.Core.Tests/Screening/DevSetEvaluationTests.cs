namespace Tenken.Core.Tests.Screening;

/// <summary>
/// The engine against the gold judgements (../shared/data/labels/dev.jsonl) over the 80 e-Gov Acts: the issue's
/// bars are article recall ≥ 0.95, precision ≥ 0.75 and category micro-F1 ≥ 0.75. Three of its lines contradict
/// eval/GUIDE.md, which the engine follows (docs/screening.md, "Where the gold sets disagree with the guide"); with them
/// counted as errors the engine still clears the bars, so they stay. Skips when the data is absent.
/// </summary>
public sealed class DevSetEvaluationTests
{
    [Fact]
    public void DevSet_MeetsTheBars()
    {
        var (report, bag) = GoldSetEvaluation.Run(SharedData.Path("labels", "dev.jsonl"));
        GoldSetEvaluation.AssertBars(report, bag, recall: 0.95, precision: 0.75, categoryF1: 0.75);
    }
}
