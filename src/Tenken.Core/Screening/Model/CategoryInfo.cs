namespace Tenken.Core.Screening.Model;

/// <summary>What a reviewer needs to know about a category: its code, name, meaning and the usual way to revise it.</summary>
public sealed record CategoryInfo(
    RegulationCategory Category,
    string Code,
    string Name,
    string Meaning,
    string Direction,
    string Alternatives);
