using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tenken.Office.Review;

/// <summary>
/// Reads 判定 / 担当者 / 備考 back from a review workbook that staff edited in Excel. Columns are found by their
/// header text in row 1 of sheet 点検結果, rows by their own cells, so sorted, filtered or trimmed sheets read the
/// same. Any problem with the file, the sheet or a header throws <see cref="ReviewWorkbookException"/>.
/// </summary>
public static class ReviewWorkbookReader
{
    public static ReviewSheet Read(string path)
    {
        if (!File.Exists(path))
            throw new ReviewWorkbookException($"{path}: ファイルが見つかりません。");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var document = SpreadsheetDocument.Open(stream, false);
            return ReadSheet(path, document);
        }
        catch (ReviewWorkbookException)
        {
            throw;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new ReviewWorkbookException($"{path}: Excel ブック（.xlsx）として読めません。ファイルが壊れているか、xlsx ではありません（{ex.Message}）。", ex);
        }
    }

    private static ReviewSheet ReadSheet(string path, SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new ReviewWorkbookException($"{path}: ブックの中身（workbook）がありません。");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == ReviewColumns.Sheet)
            ?? throw new ReviewWorkbookException($"{path}: シート「{ReviewColumns.Sheet}」がありません。tenken scan が出力した点検結果のブックを指定してください。");
        if (sheet.Id?.Value is not { } relationship || workbook.GetPartById(relationship) is not WorksheetPart part)
            throw new ReviewWorkbookException($"{path}: シート「{ReviewColumns.Sheet}」の中身が読めません。");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var rows = part.Worksheet.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? [];

        var header = rows.FirstOrDefault(r => RowNumber(r, rows) == 1);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        if (header is not null)
        {
            foreach (var (column, text) in Cells(header, strings, path))
                columns.TryAdd(text.Trim(), column);
        }
        foreach (var name in ReviewColumns.Required)
        {
            if (!columns.ContainsKey(name))
                throw new ReviewWorkbookException($"{path}: シート「{ReviewColumns.Sheet}」の1行目に見出し「{name}」がありません（必要な見出し: {string.Join("・", ReviewColumns.Required)}）。");
        }

        var result = new List<ReviewRow>();
        foreach (var row in rows)
        {
            var number = RowNumber(row, rows);
            if (number <= 1)
                continue;
            var cells = Cells(row, strings, path).ToDictionary(c => c.Column, c => c.Text);
            string Get(string name) => cells.TryGetValue(columns[name], out var v) ? v.Trim() : "";
            var id = Get(ReviewColumns.Id);
            if (id.Length == 0 && Get(ReviewColumns.Verdict).Length == 0)
                continue;
            result.Add(new ReviewRow(number, id, Get(ReviewColumns.ArticleKey), Get(ReviewColumns.Verdict), Get(ReviewColumns.Reviewer), Get(ReviewColumns.Note),
                CellReference.Letters(columns[ReviewColumns.Verdict]) + number));
        }
        return new ReviewSheet(path, ReviewColumns.Sheet, result);
    }

    private static int RowNumber(Row row, List<Row> rows) =>
        row.RowIndex?.Value is { } index ? (int)index : rows.IndexOf(row) + 1;

    private static IEnumerable<(int Column, string Text)> Cells(Row row, string[] strings, string path)
    {
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            position++;
            var column = cell.CellReference?.Value is { Length: > 0 } reference ? CellReference.Column(reference) : position;
            position = column;
            yield return (column, Text(cell, strings, path));
        }
    }

    private static string Text(Cell cell, string[] strings, string path)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, out var index) && index >= 0 && index < strings.Length
                ? strings[index]
                : throw new ReviewWorkbookException($"{path}: シート「{ReviewColumns.Sheet}」のセル {cell.CellReference?.Value} の文字列が壊れています（共有文字列 {value} がありません）。");
        }
        return value;
    }
}
