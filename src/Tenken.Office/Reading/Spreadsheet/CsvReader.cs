using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Reads a CSV (or tab-separated) list with one article per row, in UTF-8 (with or without BOM), UTF-16 or
/// Shift_JIS, detected from the bytes. Row numbers in diagnostics are record numbers, as Excel shows them.
/// </summary>
public sealed class CsvReader : IDocumentReader
{
    public string Format => "csv";

    public IReadOnlyCollection<string> Extensions { get; } = [".csv", ".tsv"];

    public int Probe(SourceProbe probe) => probe.Extension is ".csv" or ".tsv" ? 90 : 0;

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        var bytes = input.Bytes.Span;
        if (OfficeContainer.IsZip(bytes) || OfficeContainer.IsOle(bytes))
        {
            context.Diagnostics.Error(input.Path, 0, "CSVではありません（中身はExcelなどのOfficeファイルのようです）。Excelで開き「CSV UTF-8（コンマ区切り）」で保存するか、拡張子を .xlsx に直してください。", "TK3008");
            return [];
        }
        var text = CsvText.Decode(bytes, out _);
        if (text.Contains('\0'))
        {
            context.Diagnostics.Error(input.Path, 0, "CSVではありません（バイナリデータを含んでいます）。", "TK3008");
            return [];
        }
        var rows = CsvRecords.Parse(text, Separator(input.Path, text), out var unclosed);
        if (unclosed > 0)
            context.Diagnostics.Error(input.Path, unclosed, $"{unclosed}行目で始まる引用符（\"）が閉じられていません。この行から後は読めませんでした。", "TK3002");
        var map = ColumnMap.Detect(rows);
        if (map is null)
        {
            context.Diagnostics.Error(input.Path, 0, "見出し行が見つかりません。先頭30行のどこかに「例規名」「条」「条文」などの列名の行が必要です。", "TK3001");
            return [];
        }
        var place = new SheetPlace(input.Path, null);
        return RowDocuments.Build(CsvOverflow.Repair(rows, map, place, context), map, place, input, Format, context, strictWidth: true);
    }

    private static char Separator(string path, string text)
    {
        if (path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            return '\t';
        var firstLine = text.AsSpan(0, Math.Min(text.Length, 4096));
        return firstLine.Count('\t') > firstLine.Count(',') ? '\t' : ',';
    }
}
