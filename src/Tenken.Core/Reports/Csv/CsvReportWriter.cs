using System.Text;
using Tenken.Core.Reports.Columns;
using Tenken.Core.Reports.Text;

namespace Tenken.Core.Reports.Csv;

/// <summary>
/// Writes the review list as CSV: UTF-8 with a BOM (so Excel keeps the Japanese), CRLF between records, every
/// field quoted (RFC 4180), one row per finding with the workbook's 点検結果 columns. A field that could start a
/// formula gets a leading <c>'</c> (see <see cref="FormulaGuard"/>).
/// </summary>
public sealed class CsvReportWriter : IReportWriter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".csv"];

    public void Write(ReviewReport report, Stream output, ReportOptions options)
    {
        var columns = ReviewColumns.For(report);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        WriteRecord(writer, columns.Select(c => c.Header));
        foreach (var row in FindingRow.All(report))
            WriteRecord(writer, columns.Select(c => c.Value(row)));
    }

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                writer.Write(',');
            first = false;
            WriteField(writer, FormulaGuard.ForCsv(field));
        }
        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string value)
    {
        writer.Write('"');
        var from = 0;
        for (var i = value.IndexOf('"'); i >= 0; i = value.IndexOf('"', from))
        {
            writer.Write(value.AsSpan(from, i + 1 - from));
            writer.Write('"');
            from = i + 1;
        }
        writer.Write(value.AsSpan(from));
        writer.Write('"');
    }
}
