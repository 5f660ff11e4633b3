using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Reports.Columns;
using Tenken.Core.Reports.Text;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// 点検結果: one row per finding with the review columns; cues red and bold in the 条文 cell, drop-downs on the
/// choice columns (判定, 対応), header frozen, autofilter over the whole list.
/// </summary>
internal static class FindingsSheet
{
    public const string Name = "点検結果";

    public static SheetInfo Write(WorksheetPart part, IReadOnlyList<ReviewColumn> columns, IEnumerable<FindingRow> rows)
    {
        using var sheet = new SheetWriter(part, new SheetLayout([.. columns.Select(c => c.Width)], FreezeRows: 1, Selected: true));
        sheet.StartRow(height: 33);
        for (var i = 0; i < columns.Count; i++)
            sheet.Text(i, columns[i].Header, XlsxStyles.Header);

        var values = new string[columns.Count];
        foreach (var row in rows)
        {
            var lines = 1;
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = columns[i].Value(row);
                if (columns[i].Kind is ColumnKind.LongText or ColumnKind.ArticleText)
                    lines = Math.Max(lines, RowHeight.Lines(values[i], columns[i].Width));
            }
            sheet.StartRow(RowHeight.Points(lines));
            for (var i = 0; i < columns.Count; i++)
                WriteCell(sheet, i, columns[i], values[i], row);
        }

        var last = Math.Max(sheet.RowIndex, 2);
        var lastColumn = columns.Count - 1;
        sheet.Finish(
            new AutoFilter { Reference = CellRef.Range(0, 1, lastColumn, sheet.RowIndex) },
            Validations(columns, last));
        return new SheetInfo(Name, part, new FilterRange(0, 1, lastColumn, sheet.RowIndex), PrintTitleRows: 1);
    }

    private static void WriteCell(SheetWriter sheet, int index, ReviewColumn column, string value, FindingRow row)
    {
        var quoted = FormulaGuard.IsRisky(value);
        if (value.Length == 0 && column.Kind != ColumnKind.Number)
        {
            // An empty cell still carries the column's borders, and the entry fill in the reviewer's columns.
            sheet.Blank(index, column.Kind is ColumnKind.Choice or ColumnKind.Entry ? XlsxStyles.Entry : XlsxStyles.Text);
            return;
        }
        switch (column.Kind)
        {
            case ColumnKind.ArticleText:
                sheet.Rich(index, value, CueSpans.Merge(row.Finding.Cues, value.Length), XlsxStyles.For(wrap: true, quoted));
                break;
            case ColumnKind.Number when column.Number?.Invoke(row) is { } number:
                sheet.Number(index, number, XlsxStyles.Decimal);
                break;
            case ColumnKind.Choice or ColumnKind.Entry:
                sheet.Text(index, value, quoted ? XlsxStyles.EntryQuoted : XlsxStyles.Entry);
                break;
            default:
                sheet.Text(index, value, XlsxStyles.For(wrap: column.Kind == ColumnKind.LongText, quoted));
                break;
        }
    }

    private static DataValidations? Validations(IReadOnlyList<ReviewColumn> columns, int lastRow)
    {
        var list = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Kind != ColumnKind.Choice || column.Choices.Count == 0)
                continue;
            var choices = string.Join("、", column.Choices);
            list.Append(new DataValidation(new Formula1($"\"{string.Join(",", column.Choices)}\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                PromptTitle = column.Header,
                Prompt = $"{choices} から選んでください。",
                ErrorTitle = column.Header,
                Error = $"{column.Header}は {choices} のいずれかを選んでください。",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = CellRef.Range(i, 2, i, lastRow) },
            });
        }
        if (list.ChildElements.Count == 0)
            return null;
        list.Count = (uint)list.ChildElements.Count;
        return list;
    }
}
