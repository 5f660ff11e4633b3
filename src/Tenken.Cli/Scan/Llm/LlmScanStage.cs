using Tenken.Ai.Review;
using Tenken.Core.Reports;

namespace Tenken.Cli.Scan.Llm;

/// <summary>The scan stage that runs the LLM review and prints its cost report and warnings to the log.</summary>
internal sealed class LlmScanStage(LlmReviewPipeline pipeline) : IScanStage
{
    public string Name => "llm";

    public async Task<ReviewReport> RunAsync(ReviewReport report, ScanRunContext context, CancellationToken cancellation)
    {
        using (pipeline)
        {
            var result = await pipeline.ReviewAsync(report, cancellation);
            foreach (var warning in result.Warnings)
                context.Log.WriteLine($"警告: {warning}");
            context.Log.WriteLine(result.Cost.ToText());
            return result.Report;
        }
    }
}
