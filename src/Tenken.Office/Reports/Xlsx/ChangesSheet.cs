using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Reports;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>差分: articles new, changed or gone since the project's previous run (only written when there are any).</summary>
internal static class ChangesSheet
{
    public const string Name = "差分";

    public static SheetInfo Write(WorksheetPart part, ReviewReport report)
    {
        string[] headers = ["区分", "条文キー", "例規名", "条", "内容"];
        using var sheet = new SheetWriter(part, new SheetLayout([8, 24, 30, 16, 70], FreezeRows: 1));
        sheet.StartRow();
        for (var i = 0; i < headers.Length; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
        foreach (var c in report.Changes)
        {
            sheet.StartRow();
            sheet.Text(0, ReportLabels.Change(c.Kind), XlsxStyles.Text);
            sheet.GuardedText(1, c.ArticleKey, wrap: false);
            sheet.GuardedText(2, c.DocumentTitle, wrap: true);
            sheet.GuardedText(3, c.ArticleTitle, wrap: true);
            sheet.GuardedText(4, c.Summary, wrap: true);
        }
        var filter = new FilterRange(0, 1, headers.Length - 1, sheet.RowIndex);
        sheet.Finish(new AutoFilter { Reference = CellRef.Range(0, 1, headers.Length - 1, sheet.RowIndex) });
        return new SheetInfo(Name, part, filter);
    }
}
