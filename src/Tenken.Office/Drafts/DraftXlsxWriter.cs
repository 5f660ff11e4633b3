using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Drafting;
using Tenken.Core.Reports.Drafts;
using Tenken.Core.Reports.Text;
using Tenken.Core.Screening.Model;
using Tenken.Office.Reports.Xlsx;

namespace Tenken.Office.Drafts;

/// <summary>
/// Writes the drafts as a review workbook (.xlsx): 改正案 (one row per drafted article: 例規名, 条, 規制区分, the
/// 改正後 and 改正前 texts in the order asked for with the changed words in red bold, the 改め文, パターン, 備考, 条文キー),
/// 要個別検討 and 集計. Layout: docs/draft.md.
/// </summary>
public sealed class DraftXlsxWriter : IDraftWriter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx"];

    public void Write(DraftReport report, Stream output, DraftColumnOrder order)
    {
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Creator = "tenken " + report.Run.ToolVersion;
        document.PackageProperties.Title = "改正案（新旧対照表）";
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();
        styles.Stylesheet.Save();
        var sheets = new List<SheetInfo>
        {
            DraftsSheet(workbook.AddNewPart<WorksheetPart>(), report, order),
            ManualSheet(workbook.AddNewPart<WorksheetPart>(), report),
            SummarySheet(workbook.AddNewPart<WorksheetPart>(), report),
        };
        var list = new Sheets();
        for (var i = 0; i < sheets.Count; i++)
            list.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)i + 1, Id = workbook.GetIdOfPart(sheets[i].Part) });
        workbook.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), list);
        workbook.Workbook.Save();
    }

    private static SheetInfo DraftsSheet(WorksheetPart part, DraftReport report, DraftColumnOrder order)
    {
        var (first, second) = DraftLabels.Headers(order);
        string[] headers = ["例規名", "条", "規制区分", first, second, "改め文", "パターン", "備考", "条文キー"];
        using var sheet = new SheetWriter(part, new SheetLayout([24, 10, 14, 60, 60, 60, 24, 40, 28], FreezeRows: 1, Selected: true));
        sheet.StartRow();
        for (var i = 0; i < headers.Length; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
        foreach (var draft in report.Drafts)
        {
            sheet.StartRow();
            sheet.GuardedText(0, draft.DocumentTitle, wrap: true);
            sheet.GuardedText(1, draft.Article, wrap: false);
            sheet.Text(2, DraftLabels.Categories(draft.Categories), XlsxStyles.Wrap);
            var afterFirst = order == DraftColumnOrder.AfterBefore;
            sheet.Rich(3, afterFirst ? draft.After : draft.Before, Spans(draft, afterFirst), XlsxStyles.Wrap);
            sheet.Rich(4, afterFirst ? draft.Before : draft.After, Spans(draft, !afterFirst), XlsxStyles.Wrap);
            sheet.GuardedText(5, string.Join("\n", draft.Aratamebun), wrap: true);
            sheet.GuardedText(6, string.Join("、", draft.Patterns), wrap: true);
            sheet.GuardedText(7, draft.Note, wrap: true);
            sheet.GuardedText(8, draft.Key, wrap: false);
        }
        sheet.Finish(new AutoFilter { Reference = CellRef.Range(0, 1, headers.Length - 1, sheet.RowIndex) });
        return new SheetInfo("改正案", part, PrintTitleRows: 1);
    }

    private static SheetInfo ManualSheet(WorksheetPart part, DraftReport report)
    {
        string[] headers = ["例規名", "条", "規制区分", "語句", "理由", "条文キー", "ID"];
        using var sheet = new SheetWriter(part, new SheetLayout([24, 10, 14, 30, 70, 28, 34], FreezeRows: 1));
        sheet.StartRow();
        for (var i = 0; i < headers.Length; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
        foreach (var m in report.Manual)
        {
            sheet.StartRow();
            sheet.GuardedText(0, m.DocumentTitle, wrap: true);
            sheet.GuardedText(1, m.Article, wrap: false);
            sheet.Text(2, m.Category.JapaneseName(), XlsxStyles.Text);
            sheet.GuardedText(3, m.Cues, wrap: true);
            sheet.GuardedText(4, m.Reason, wrap: true);
            sheet.GuardedText(5, m.Key, wrap: false);
            sheet.GuardedText(6, m.FindingId, wrap: false);
        }
        sheet.Finish(new AutoFilter { Reference = CellRef.Range(0, 1, headers.Length - 1, sheet.RowIndex) });
        return new SheetInfo(DraftLabels.Manual, part, PrintTitleRows: 1);
    }

    private static SheetInfo SummarySheet(WorksheetPart part, DraftReport report)
    {
        string[] headers = ["規制区分", "指摘", "草案あり", "割合", "条", "全指摘に草案のある条"];
        using var sheet = new SheetWriter(part, new SheetLayout([20, 10, 10, 10, 10, 20]));
        sheet.StartRow();
        for (var i = 0; i < headers.Length; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
        foreach (var group in report.Documents.SelectMany(d => d.Counts).GroupBy(c => c.Category).OrderBy(g => g.Key))
        {
            int findings = group.Sum(c => c.Findings), drafted = group.Sum(c => c.Drafted);
            sheet.StartRow();
            sheet.Text(0, group.Key.JapaneseName(), XlsxStyles.Text);
            sheet.Number(1, findings, XlsxStyles.Integer);
            sheet.Number(2, drafted, XlsxStyles.Integer);
            sheet.Number(3, findings == 0 ? 0 : (double)drafted / findings, XlsxStyles.Decimal);
            sheet.Number(4, group.Sum(c => c.Articles), XlsxStyles.Integer);
            sheet.Number(5, group.Sum(c => c.ArticlesDrafted), XlsxStyles.Integer);
        }
        sheet.Finish();
        return new SheetInfo("集計", part);
    }

    private static List<TextSpan> Spans(ArticleDraft draft, bool after) =>
        [.. draft.Changes.Select(c => after ? new TextSpan(c.AfterStart, c.AfterStart + c.AfterLength) : new TextSpan(c.BeforeStart, c.BeforeStart + c.BeforeLength))
            .Where(s => s.End > s.Start)];
}
