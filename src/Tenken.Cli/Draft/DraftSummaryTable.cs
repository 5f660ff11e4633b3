using System.Globalization;
using Spectre.Console;
using Tenken.Cli.Scan;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reports.Drafts;
using Tenken.Core.Screening.Model;

namespace Tenken.Cli.Draft;

/// <summary>The table printed at the end of <c>tenken draft</c>: what was read, drafted per category, left to 個別検討, outputs.</summary>
internal static class DraftSummaryTable
{
    public static Table Build(DraftReport report, TimeSpan elapsed, IReadOnlyList<WrittenOutput> outputs)
    {
        var table = new Table().Title("改正案の作成結果").AddColumn("項目").AddColumn(new TableColumn("件数・内容").RightAligned());
        Row(table, "読み込んだファイル", N(report.Run.FilesRead));
        Row(table, "読み込めなかったファイル", N(report.Run.FilesFailed));
        Row(table, "例規", N(report.Documents.Count));
        Row(table, "草案の対象の指摘がある条", N(report.Documents.Sum(d => d.ArticlesWithFindings)));
        Row(table, "草案を作成した条", N(report.Drafts.Count()));
        Row(table, "要個別検討の指摘", N(report.Manual.Count()));
        foreach (var group in report.Documents.SelectMany(d => d.Counts).GroupBy(c => c.Category).OrderBy(g => g.Key))
            Row(table, $"　{group.Key.JapaneseName()}", $"指摘 {N(group.Sum(c => c.Findings))}・草案 {N(group.Sum(c => c.Drafted))}");
        Row(table, "エラー・警告", $"{N(report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error))}・{N(report.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning))}");
        Row(table, "所要時間", $"{elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒");
        foreach (var o in outputs)
            Row(table, "出力", o.Error is null ? o.Path : $"{o.Path}（失敗）");
        return table;
    }

    private static void Row(Table table, string label, string value) => table.AddRow(Markup.Escape(label), Markup.Escape(value));

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
