using Tenken.Ai.Reporting;
using Tenken.Core.Reports;

namespace Tenken.Ai.Review;

/// <summary>The report with the model's reviews applied, the cost report, and warnings for the user (Japanese).</summary>
public sealed record LlmReviewResult(ReviewReport Report, LlmCostReport Cost, IReadOnlyList<string> Warnings);
