namespace Tenken.Knowledge.Decisions;

/// <summary>What a review import did: decisions recorded, rows unchanged or blank, and rows set aside with the reason.</summary>
public sealed record ReviewImportResult
{
    public int Recorded { get; init; }

    public int Unchanged { get; init; }

    public int Blank { get; init; }

    /// <summary>Rows set aside (unknown ID, key mismatch, bad 判定); each is described in <see cref="Problems"/>.</summary>
    public int Skipped { get; init; }

    /// <summary>Decisions kept on findings whose article changed since (still to be looked at again).</summary>
    public int Conflicts { get; init; }

    /// <summary>Rows set aside, each with its place and a Japanese reason (unknown ID, key mismatch, bad 判定 …).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public IReadOnlyList<string> UnknownIds { get; init; } = [];
}
