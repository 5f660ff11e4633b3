namespace Tenken.Core.Reports;

/// <summary>Options shared by the report writers.</summary>
public sealed record ReportOptions
{
    /// <summary>Add the 全条文 sheet / section listing every article scanned, analog or not.</summary>
    public bool IncludeAllArticles { get; init; }

    public static ReportOptions Default { get; } = new();
}
