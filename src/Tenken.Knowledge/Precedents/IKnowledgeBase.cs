namespace Tenken.Knowledge.Precedents;

/// <summary>Where decisions are kept for reuse: a project's SQLite file or the shared PostgreSQL hub.</summary>
public interface IKnowledgeBase : IDisposable
{
    /// <summary>A human-readable name for messages (file path or hub host).</summary>
    string Name { get; }

    /// <summary>Every entry, or one municipality's when <paramref name="municipality"/> is given.</summary>
    IReadOnlyList<KnowledgeEntry> Load(string? municipality = null);

    /// <summary>Adds or updates entries in one transaction: an identical entry changes nothing, an older one never replaces a newer.</summary>
    KnowledgeMergeResult Merge(IReadOnlyList<KnowledgeEntry> entries, string origin);
}

/// <summary>What a merge did: entries added, updated (newer than stored), unchanged, and kept because the stored one is newer.</summary>
public sealed record KnowledgeMergeResult(int Added, int Updated, int Unchanged, int KeptNewer)
{
    public int Changed => Added + Updated;
}
