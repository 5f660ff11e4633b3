using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Reads a worksheet's cells as text rows: shared strings, inline strings and rich-text runs (furigana runs
/// left out), numbers and booleans as stored. Missing cells are filled so a cell's index is its column.
/// </summary>
internal static class XlsxRows
{
    public static IReadOnlyList<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(RichText).ToList() ?? [];

    public static List<SheetRow> Read(WorksheetPart part, IReadOnlyList<string> shared)
    {
        var rows = new List<SheetRow>();
        var previous = 0;
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is uint r ? (int)r : previous + 1;
            previous = number;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                    cells.Add("");
                if (cells.Count == column)
                    cells.Add(Value(cell, shared));
            }
            rows.Add(new SheetRow(number, cells));
        }
        return rows;
    }

    private static string Value(Cell cell, IReadOnlyList<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        return cell.DataType?.InnerText switch
        {
            "s" => int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i] : "",
            "inlineStr" => cell.InlineString is { } inline ? RichText(inline) : raw,
            "b" => raw == "1" ? "TRUE" : "FALSE",
            _ => raw,
        };
    }

    /// <summary>Text of a string item: its t, or its runs' t; phonetic runs (rPh, furigana) are not text.</summary>
    private static string RichText(OpenXmlElement item)
    {
        var sb = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case Run run:
                    sb.Append(run.Text?.Text);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>0-based column of a reference such as "C5" (A = 0, AA = 26).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper is < 'A' or > 'Z')
                break;
            index = index * 26 + (upper - 'A' + 1);
        }
        return Math.Max(index - 1, 0);
    }
}
