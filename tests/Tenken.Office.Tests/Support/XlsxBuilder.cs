using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tenken.Office.Tests.Support;

/// <summary>
/// Builds real .xlsx workbooks with the OpenXml SDK. Cells are strings (stored as shared strings), or
/// <see cref="XlsxCell"/> values that choose inline strings, rich text with furigana, or numbers.
/// </summary>
internal sealed class XlsxBuilder
{
    private readonly List<(string Name, List<(int Row, object?[] Cells)> Rows)> _sheets = [];

    public XlsxBuilder Sheet(string name, params (int Row, object?[] Cells)[] rows)
    {
        _sheets.Add((name, [.. rows]));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            var sharedPart = book.AddNewPart<SharedStringTablePart>();
            var shared = new SharedStringTable();
            uint sheetId = 1;
            foreach (var (name, rows) in _sheets)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (rowNumber, cells) in rows)
                {
                    var row = new Row { RowIndex = (uint)rowNumber };
                    for (var c = 0; c < cells.Length; c++)
                    {
                        if (cells[c] is null)
                            continue;
                        row.Append(Cell(cells[c]!, $"{(char)('A' + c)}{rowNumber}", shared));
                    }
                    data.Append(row);
                }
                part.Worksheet = new Worksheet(data);
                book.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = sheetId++, Id = book.GetIdOfPart(part) });
            }
            sharedPart.SharedStringTable = shared;
        }
        return stream.ToArray();
    }

    private static Cell Cell(object value, string reference, SharedStringTable shared)
    {
        switch (value)
        {
            case XlsxCell.Number n:
                return new Cell { CellReference = reference, CellValue = new CellValue(n.Value) };
            case XlsxCell.Inline i:
                return new Cell(new InlineString(new Text(i.Text))) { CellReference = reference, DataType = CellValues.InlineString };
            case XlsxCell.Rich r:
                var item = new SharedStringItem([.. r.Runs.Select(t => new Run(new Text(t) { Space = SpaceProcessingModeValues.Preserve })),
                    new PhoneticRun(new Text(r.Furigana)) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }]);
                return SharedCell(item, reference, shared);
            default:
                return SharedCell(new SharedStringItem(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }), reference, shared);
        }
    }

    private static Cell SharedCell(SharedStringItem item, string reference, SharedStringTable shared)
    {
        shared.Append(item);
        // Count is kept in the table's count attribute: counting children each time would be quadratic.
        shared.Count = (shared.Count?.Value ?? 0) + 1;
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((int)shared.Count.Value - 1) };
    }
}

/// <summary>Cell values other than plain shared strings.</summary>
internal static class XlsxCell
{
    public sealed record Number(double Value);

    public sealed record Inline(string Text);

    /// <summary>Rich text runs with a furigana (phonetic) run, as Japanese Excel stores typed names.</summary>
    public sealed record Rich(string[] Runs, string Furigana);
}
