using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Reads an Excel workbook with one article per row: the first sheet (in tab order) that has a recognisable header
/// row is read, its rows grouped into one document per 例規名 (see docs/office-input.md). Diagnostics name the
/// file, sheet and row.
/// </summary>
public sealed class XlsxReader : IDocumentReader
{
    public string Format => "xlsx";

    public IReadOnlyCollection<string> Extensions { get; } = [".xlsx", ".xlsm", ".xls"];

    public int Probe(SourceProbe probe)
    {
        if (probe.Extension is ".xlsx" or ".xlsm" or ".xls")
            return 90;
        return OfficeContainer.IsZip(probe.Head.Span) && probe.Head.Span.IndexOf("xl/"u8) >= 0 ? 60 : 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        if (!OfficePackageCheck.IsReadable(input, context, OfficeApp.Excel))
            return [];
        SpreadsheetDocument book;
        try
        {
            book = SpreadsheetDocument.Open(input.OpenStream(), false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            context.Diagnostics.Error(input.Path, 0, $"Excelブック（.xlsx）として開けません: {ex.Message}", "TK2004");
            return [];
        }
        using (book)
        {
            var workbook = book.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            var shared = workbook is null ? [] : XlsxRows.SharedStrings(workbook);
            foreach (var sheet in sheets)
            {
                if (sheet.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part)
                    continue;
                var rows = XlsxRows.Read(part, shared);
                var map = ColumnMap.Detect(rows);
                if (map is null)
                    continue;
                var place = new SheetPlace(input.Path, sheets.Count > 1 ? sheet.Name?.Value : null);
                return RowDocuments.Build(rows, map, place, input, Format, context, strictWidth: false);
            }
            var names = string.Join("、", sheets.Select(s => $"「{s.Name?.Value}」"));
            context.Diagnostics.Error(input.Path, 0,
                $"どのシートにも見出し行が見つかりません（シート: {(names.Length > 0 ? names : "なし")}）。先頭30行のどこかに「例規名」「条」「条文」などの列名の行が必要です。", "TK3001");
            return [];
        }
    }
}
