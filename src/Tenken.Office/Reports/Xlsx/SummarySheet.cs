using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Summary;
using Tenken.Core.Screening.Model;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// 集計: the run, the totals, findings per category, and the hazard map (one row per document, one column per
/// category, shaded by count).
/// </summary>
internal static class SummarySheet
{
    public const string Name = "集計";

    public static SheetInfo Write(WorksheetPart part, ReviewReport report, ReportSummary summary)
    {
        var categories = Categories.All;
        double[] widths = [40, 18, 10, 10, .. categories.Select(_ => 10.0), 10];
        using var sheet = new SheetWriter(part, new SheetLayout(widths));

        sheet.StartRow(24);
        sheet.Text(0, report.Run.ProjectName.Length > 0 ? $"アナログ規制 点検結果 集計（{report.Run.ProjectName}）" : "アナログ規制 点検結果 集計", XlsxStyles.Title);
        Pair(sheet, "実行日時", report.Run.StartedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Pair(sheet, "入力", string.Join("、", report.Run.Inputs));
        Pair(sheet, "ツール", $"tenken {report.Run.ToolVersion}");
        if (report.Run.LlmSummary.Length > 0)
            Pair(sheet, "AI判定", report.Run.LlmSummary);

        sheet.SkipRow();
        Heading(sheet, "合計");
        Count(sheet, "読み込んだファイル", report.Run.FilesRead);
        Count(sheet, "読み込めなかったファイル", report.Run.FilesFailed);
        Count(sheet, "例規数", summary.Documents);
        Count(sheet, "条数", summary.Articles);
        if (summary.FormsAndTables > 0)
            Count(sheet, "様式・別表", summary.FormsAndTables);
        Count(sheet, "アナログ規制の候補がある条", summary.AnalogArticles);
        Count(sheet, "指摘件数", summary.Findings);
        Count(sheet, "うち有効（AI・判定で非該当を除く）", summary.ActiveFindings);
        Count(sheet, "判定済み", summary.Decided);
        Count(sheet, "エラー", summary.Errors);
        Count(sheet, "警告", summary.Warnings);

        sheet.SkipRow();
        Heading(sheet, "規制区分別");
        HeaderRow(sheet, ["規制区分", "コード", "指摘件数", "うち有効", "判定済み"]);
        foreach (var c in summary.ByCategory)
        {
            sheet.StartRow();
            sheet.Text(0, c.Category.Name, XlsxStyles.Text);
            sheet.Text(1, c.Category.Code, XlsxStyles.Text);
            sheet.Number(2, c.Findings, XlsxStyles.Integer);
            sheet.Number(3, c.Active, XlsxStyles.Integer);
            sheet.Number(4, c.Decided, XlsxStyles.Integer);
        }
        sheet.StartRow();
        sheet.Text(0, "合計", XlsxStyles.Label);
        sheet.Blank(1, XlsxStyles.Label);
        sheet.Number(2, summary.Findings, XlsxStyles.Integer);
        sheet.Number(3, summary.ActiveFindings, XlsxStyles.Integer);
        sheet.Number(4, summary.Decided, XlsxStyles.Integer);

        sheet.SkipRow();
        Heading(sheet, "例規別・規制区分別の有効な指摘件数（ハザードマップ）");
        sheet.StartRow(48);
        string[] headers = ["例規名", "例規種別", "条数", "候補の条", .. categories.Select(c => c.Name), "合計"];
        for (var i = 0; i < headers.Length; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
        var firstMapRow = sheet.RowIndex + 1;
        foreach (var d in summary.ByDocument)
        {
            sheet.StartRow();
            sheet.GuardedText(0, d.Document.Document.Title, wrap: false);
            sheet.GuardedText(1, d.Document.Document.Kind, wrap: false);
            sheet.Number(2, d.Articles, XlsxStyles.Integer);
            sheet.Number(3, d.AnalogArticles, XlsxStyles.Integer);
            for (var i = 0; i < d.ActiveByCategory.Count; i++)
                sheet.Number(4 + i, d.ActiveByCategory[i], XlsxStyles.Integer);
            sheet.Number(4 + categories.Count, d.Active, XlsxStyles.Integer);
        }
        var lastMapRow = sheet.RowIndex;
        sheet.StartRow();
        sheet.Text(0, "合計", XlsxStyles.Label);
        sheet.Blank(1, XlsxStyles.Label);
        sheet.Number(2, summary.Articles, XlsxStyles.Integer);
        sheet.Number(3, summary.AnalogArticles, XlsxStyles.Integer);
        foreach (var (c, i) in summary.ByCategory.Select((c, i) => (c, i)))
            sheet.Number(4 + i, c.Active, XlsxStyles.Integer);
        sheet.Number(4 + categories.Count, summary.ActiveFindings, XlsxStyles.Integer);

        sheet.Finish(lastMapRow >= firstMapRow ? HeatMap(CellRef.Range(4, firstMapRow, 3 + categories.Count, lastMapRow)) : null);
        return new SheetInfo(Name, part);
    }

    private static void Pair(SheetWriter sheet, string label, string value)
    {
        sheet.StartRow();
        sheet.Text(0, label, XlsxStyles.Label);
        sheet.GuardedText(1, value, wrap: false);
    }

    private static void Count(SheetWriter sheet, string label, int value)
    {
        sheet.StartRow();
        sheet.Text(0, label, XlsxStyles.Text);
        sheet.Number(1, value, XlsxStyles.Integer);
    }

    private static void Heading(SheetWriter sheet, string text)
    {
        sheet.StartRow(20);
        sheet.Text(0, text, XlsxStyles.Heading);
    }

    private static void HeaderRow(SheetWriter sheet, IReadOnlyList<string> headers)
    {
        sheet.StartRow();
        for (var i = 0; i < headers.Count; i++)
            sheet.Text(i, headers[i], XlsxStyles.Header);
    }

    /// <summary>White for zero, red for the largest count: the hazard map's shading.</summary>
    private static ConditionalFormatting HeatMap(string range) => new(
        new ConditionalFormattingRule(
            new ColorScale(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "0" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Max },
                new Color { Rgb = "FFFFFFFF" },
                new Color { Rgb = "FFF8696B" }))
        { Type = ConditionalFormatValues.ColorScale, Priority = 1 })
    {
        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
    };
}
