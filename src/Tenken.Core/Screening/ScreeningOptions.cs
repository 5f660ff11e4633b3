namespace Tenken.Core.Screening;

/// <summary>Options that change how articles are judged.</summary>
public sealed record ScreeningOptions
{
    /// <summary>Findings below this confidence are dropped (kept as suppressed cues). 0 keeps everything.</summary>
    public double MinimumConfidence { get; init; }

    /// <summary>Screen 附則 articles too (default true: a 附則 can hold a requirement).</summary>
    public bool IncludeSupplementary { get; init; } = true;

    public static ScreeningOptions Default { get; } = new();
}
