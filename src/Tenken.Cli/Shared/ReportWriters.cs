using Tenken.Core.Reports;
using Tenken.Core.Reports.Csv;
using Tenken.Core.Reports.Html;
using Tenken.Core.Reports.Json;
using Tenken.Office.Reports.Xlsx;

namespace Tenken.Cli.Shared;

/// <summary>Every report writer this build knows, by output extension.</summary>
internal static class ReportWriters
{
    public static ReportWriterSet Create() => new ReportWriterSet()
        .Add(new JsonReportWriter())
        .Add(new CsvReportWriter())
        .Add(new XlsxReportWriter())
        .Add(new HtmlReportWriter());
}
