namespace Tenken.Core.Reports;

/// <summary>Facts about the run printed in every report: when, how long, with what inputs and tool version.</summary>
public sealed record RunInfo
{
    public DateTimeOffset StartedAt { get; init; } = DateTimeOffset.Now;

    public TimeSpan Elapsed { get; init; }

    public string ToolVersion { get; init; } = typeof(RunInfo).Assembly.GetName().Version?.ToString(3) ?? "";

    public IReadOnlyList<string> Inputs { get; init; } = [];

    public int FilesRead { get; init; }

    public int FilesFailed { get; init; }

    /// <summary>Municipality or project name shown in report titles (empty when not set).</summary>
    public string ProjectName { get; init; } = "";

    /// <summary>The LLM stage's cost report, when it ran.</summary>
    public string LlmSummary { get; init; } = "";
}
