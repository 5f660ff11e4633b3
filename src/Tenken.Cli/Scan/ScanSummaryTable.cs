using System.Globalization;
using Spectre.Console;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Summary;

namespace Tenken.Cli.Scan;

/// <summary>The table printed at the end of a scan: what was read, what was found per category, errors, time, outputs.</summary>
internal static class ScanSummaryTable
{
    private const int MaxFilesListed = 10;

    public static Table Build(ReviewReport report, ReportSummary summary, TimeSpan elapsed, IReadOnlyList<WrittenOutput> outputs)
    {
        var table = new Table().Title("点検の結果").AddColumn("項目").AddColumn(new TableColumn("件数・内容").RightAligned());
        Row(table, "読み込んだファイル", N(report.Run.FilesRead));
        Row(table, "読み込めなかったファイル", N(report.Run.FilesFailed));
        Row(table, "例規", N(summary.Documents));
        Row(table, "条", N(summary.Articles));
        if (summary.FormsAndTables > 0)
            Row(table, "様式・別表", N(summary.FormsAndTables));
        Row(table, "アナログ規制の候補がある条", N(summary.AnalogArticles));
        Row(table, "指摘（うち有効）", $"{N(summary.Findings)}（{N(summary.ActiveFindings)}）");
        foreach (var c in summary.ByCategory)
            Row(table, $"　{c.Category.Name}", N(c.Active));
        Row(table, "エラー・警告", $"{N(summary.Errors)}・{N(summary.Warnings)}");
        if (summary.FilesWithErrors.Count > 0)
        {
            var files = summary.FilesWithErrors.Take(MaxFilesListed).ToList();
            var more = summary.FilesWithErrors.Count - files.Count;
            Row(table, "エラーのあったファイル", string.Join("\n", files) + (more > 0 ? $"\nほか {N(more)} 件" : ""));
        }
        Row(table, "所要時間", $"{elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} 秒");
        foreach (var o in outputs)
            Row(table, "出力", o.Error is null ? $"{o.Path}（{Size(o.Bytes)}）" : $"{o.Path}（失敗）");
        return table;
    }

    private static void Row(Table table, string label, string value) => table.AddRow(Markup.Escape(label), Markup.Escape(value));

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes >= 1 << 20
        ? $"{(bytes / (double)(1 << 20)).ToString("0.0", CultureInfo.InvariantCulture)} MB"
        : $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB";
}
