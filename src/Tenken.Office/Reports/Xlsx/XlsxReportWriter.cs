using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Columns;
using Tenken.Core.Reports.Summary;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// Writes the review workbook (.xlsx): 点検結果, 集計, 全条文 (with <see cref="ReportOptions.IncludeAllArticles"/>),
/// 診断, and 差分 when the report has changes. Sheets are streamed with OpenXmlWriter, so a 20,000-row list
/// stays fast and small. The layout is documented in docs/review-workbook.md.
/// </summary>
public sealed class XlsxReportWriter : IReportWriter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx"];

    public void Write(ReviewReport report, Stream output, ReportOptions options)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Creator = "tenken " + report.Run.ToolVersion;
        document.PackageProperties.Title = "アナログ規制 点検結果";
        document.PackageProperties.Created = report.Run.StartedAt.UtcDateTime;
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();
        styles.Stylesheet.Save();

        var sheets = new List<SheetInfo>
        {
            FindingsSheet.Write(workbook.AddNewPart<WorksheetPart>(), ReviewColumns.For(report), FindingRow.All(report)),
            SummarySheet.Write(workbook.AddNewPart<WorksheetPart>(), report, ReportSummary.Of(report)),
        };
        if (options.IncludeAllArticles)
            sheets.Add(AllArticlesSheet.Write(workbook.AddNewPart<WorksheetPart>(), report));
        sheets.Add(DiagnosticsSheet.Write(workbook.AddNewPart<WorksheetPart>(), report));
        if (report.Changes.Count > 0)
            sheets.Add(ChangesSheet.Write(workbook.AddNewPart<WorksheetPart>(), report));

        workbook.Workbook = Workbook(workbook, sheets);
        workbook.Workbook.Save();
    }

    private static Workbook Workbook(WorkbookPart part, IReadOnlyList<SheetInfo> sheets)
    {
        var list = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            list.Append(new Sheet { Name = sheet.Name, SheetId = (uint)i + 1, Id = part.GetIdOfPart(sheet.Part) });
            if (sheet.Filter is { } f)
            {
                names.Append(new DefinedName(CellRef.Absolute(sheet.Name, f.FirstColumn, f.FirstRow, f.LastColumn, f.LastRow))
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });
            }
            if (sheet.PrintTitleRows > 0)
            {
                names.Append(new DefinedName($"'{sheet.Name}'!$1:${sheet.PrintTitleRows}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
        }
        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), list);
        if (names.HasChildren)
            workbook.Append(names);
        return workbook;
    }
}
