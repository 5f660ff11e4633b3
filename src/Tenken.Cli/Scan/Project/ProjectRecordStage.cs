using Tenken.Core.Reports;
using Tenken.Knowledge.Scans;

namespace Tenken.Cli.Scan.Project;

/// <summary>Runs after the other stages: keeps new model answers, closes the run and puts its 差分 into the report.</summary>
internal sealed class ProjectRecordStage(ProjectScan project) : IScanStage
{
    public string Name => "project-record";

    public Task<ReviewReport> RunAsync(ReviewReport report, ScanRunContext context, CancellationToken cancellation)
    {
        var journal = project.Journal;
        new ModelAnswers(project.Store).Save(
            report.Findings.Select(x => (x.Finding, journal.HashOf(x.Article.Article))), journal.RunId, journal.Fingerprint.AnalysisVersion);
        var changes = journal.Finish();
        context.Log.WriteLine(changes.FirstRun
            ? $"プロジェクト「{project.Name}」: 新たに判定 {journal.Screened:N0} 条（初回の実行のため差分はありません）"
            : $"プロジェクト「{project.Name}」: 新たに判定 {journal.Screened:N0} 条、前回の結果を再利用 {journal.Reused:N0} 条。差分: 新規 {changes.Added:N0}・変更 {changes.Changed:N0}・削除 {changes.Removed:N0}");
        return Task.FromResult(report with { Changes = changes.Entries });
    }
}
