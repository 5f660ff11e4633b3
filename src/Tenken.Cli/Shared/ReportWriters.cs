using Tenken.Core.Reports;
using Tenken.Core.Reports.Json;

namespace Tenken.Cli.Shared;

/// <summary>Every report writer this build knows, by output extension.</summary>
internal static class ReportWriters
{
    public static ReportWriterSet Create() => new ReportWriterSet()
        .Add(new JsonReportWriter());
}
