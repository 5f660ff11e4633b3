using Tenken.Core.Documents;

namespace Tenken.Core.Screening.Model;

/// <summary>The screening result for one article: its findings (possibly none) and what was seen but set aside.</summary>
public sealed record ArticleResult
{
    public required Article Article { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Cues that matched but were discarded by a context rule, with the reason (explains a non-finding).</summary>
    public IReadOnlyList<SuppressedCue> Suppressed { get; init; } = [];

    /// <summary>規制根拠: a national law the article rests on, when the engine could tell.</summary>
    public LegalBasis? Basis { get; init; }

    /// <summary>True when at least one active finding remains.</summary>
    public bool Analog => Findings.Any(f => f.IsActive);

    public IEnumerable<RegulationCategory> Categories => Findings.Where(f => f.IsActive).Select(f => f.Category);

    public bool DigitalRouteExists => Findings.Any(f => f.DigitalRoute != DigitalRoute.None);
}
