using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reports;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>診断: every diagnostic of the run (file, place, message), so a reviewer sees what could not be read.</summary>
internal static class DiagnosticsSheet
{
    public const string Name = "診断";

    public static SheetInfo Write(WorksheetPart part, ReviewReport report)
    {
        string[] headers = ["重要度", "ファイル", "位置（行）", "メッセージ", "コード"];
        using var sheet = new SheetWriter(part, new SheetLayout([8, 50, 10, 70, 16], FreezeRows: 1));
        sheet.StartRow();
        for (var i = 0; i < headers.Length; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
        foreach (var d in report.Diagnostics)
        {
            sheet.StartRow();
            sheet.Text(0, Severity(d.Severity), XlsxStyles.Text);
            sheet.GuardedText(1, d.File, wrap: true);
            sheet.Number(2, d.Line, XlsxStyles.Integer);
            sheet.GuardedText(3, d.Message, wrap: true);
            sheet.GuardedText(4, d.Code, wrap: false);
        }
        if (report.Diagnostics.Count == 0)
        {
            sheet.StartRow();
            sheet.Text(3, "診断はありません（すべての入力を読み込みました）。", XlsxStyles.Text);
        }
        var filter = new FilterRange(0, 1, headers.Length - 1, sheet.RowIndex);
        sheet.Finish(new AutoFilter { Reference = CellRef.Range(0, 1, headers.Length - 1, sheet.RowIndex) });
        return new SheetInfo(Name, part, filter);
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "エラー",
        DiagnosticSeverity.Warning => "警告",
        _ => "情報",
    };
}
