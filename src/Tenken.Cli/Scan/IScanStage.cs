using Tenken.Core.Reports;

namespace Tenken.Cli.Scan;

/// <summary>
/// An optional step after the rule screening (LLM review, project store, knowledge base): takes the report so far
/// and returns it enriched. A stage never drops a finding.
/// </summary>
internal interface IScanStage
{
    string Name { get; }

    Task<ReviewReport> RunAsync(ReviewReport report, ScanRunContext context, CancellationToken cancellation);
}
