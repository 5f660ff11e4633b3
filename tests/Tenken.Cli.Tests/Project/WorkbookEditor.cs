using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tenken.Cli.Tests.Project;

/// <summary>
/// Edits a review workbook the way staff do in Excel, through the OpenXml SDK DOM: sorts the data rows, types
/// values (as shared strings, as Excel stores them), deletes rows, renames a header.
/// </summary>
internal sealed class WorkbookEditor : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly SharedStringTablePart _strings;

    public WorkbookEditor(string path, string sheetName = "点検結果")
    {
        _document = SpreadsheetDocument.Open(path, true);
        var workbook = _document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        _sheet = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        _strings = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        _strings.SharedStringTable ??= new SharedStringTable();
    }

    private SheetData Data => _sheet.Worksheet.GetFirstChild<SheetData>()!;

    private List<Row> DataRows => [.. Data.Elements<Row>().Where(r => r.RowIndex!.Value > 1)];

    /// <summary>Header text → column letters, from row 1.</summary>
    public Dictionary<string, string> Headers() => Data.Elements<Row>().First(r => r.RowIndex!.Value == 1).Elements<Cell>()
        .ToDictionary(c => Text(c), c => Letters(c.CellReference!.Value!));

    public string Text(Cell cell)
    {
        var value = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        return cell.DataType?.Value == CellValues.SharedString
            ? _strings.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(value)).InnerText
            : value;
    }

    /// <summary>Id of each data row, top to bottom.</summary>
    public List<string> Ids()
    {
        var id = Headers()["ID"];
        return [.. DataRows.Select(r => Text(Cell(r, id)!))];
    }

    /// <summary>Reorders the data rows by the ID column, descending, renumbering rows and cell references.</summary>
    public void SortByIdDescending()
    {
        var id = Headers()["ID"];
        var rows = DataRows.OrderByDescending(r => Text(Cell(r, id)!), StringComparer.Ordinal).ToList();
        foreach (var row in rows)
            row.Remove();
        uint number = 2;
        foreach (var row in rows)
        {
            row.RowIndex = number;
            foreach (var cell in row.Elements<Cell>())
                cell.CellReference = Letters(cell.CellReference!.Value!) + number;
            Data.Append(row);
            number++;
        }
    }

    public void Set(string findingId, string header, string value)
    {
        var column = Headers()[header];
        var row = DataRows.Single(r => Text(Cell(r, Headers()["ID"])!) == findingId);
        var cell = Cell(row, column);
        if (cell is null)
        {
            cell = new Cell { CellReference = column + row.RowIndex!.Value };
            var after = row.Elements<Cell>().LastOrDefault(c => Compare(Letters(c.CellReference!.Value!), column) < 0);
            if (after is null)
                row.PrependChild(cell);
            else
                after.InsertAfterSelf(cell);
        }
        _strings.SharedStringTable!.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(value)));
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue((_strings.SharedStringTable.Elements<SharedStringItem>().Count() - 1).ToString());
        cell.InlineString = null;
    }

    /// <summary>Deletes the row holding the finding (Excel's "delete row" leaves a gap the reader must not mind).</summary>
    public void DeleteRow(string findingId) =>
        DataRows.Single(r => Text(Cell(r, Headers()["ID"])!) == findingId).Remove();

    public void RenameHeader(string header, string newText)
    {
        var row = Data.Elements<Row>().First(r => r.RowIndex!.Value == 1);
        var cell = Cell(row, Headers()[header])!;
        cell.DataType = CellValues.InlineString;
        cell.CellValue = null;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(newText));
    }

    public void Dispose()
    {
        _strings.SharedStringTable!.Count = (uint)_strings.SharedStringTable.Elements<SharedStringItem>().Count();
        _strings.SharedStringTable.UniqueCount = _strings.SharedStringTable.Count;
        _sheet.Worksheet.Save();
        _strings.SharedStringTable.Save();
        _document.Dispose();
    }

    private static Cell? Cell(Row row, string column) =>
        row.Elements<Cell>().FirstOrDefault(c => Letters(c.CellReference!.Value!) == column);

    private static string Letters(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);

    private static int Compare(string a, string b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
}
