namespace Tenken.Knowledge.Precedents;

/// <summary>The merge rule shared by every knowledge base, so a pack imported twice, anywhere, changes nothing.</summary>
internal static class KnowledgeMerge
{
    public enum Action
    {
        Insert,
        Update,
        Unchanged,
        KeepNewer,
    }

    public static Action Decide(KnowledgeEntry? stored, KnowledgeEntry incoming) =>
        stored is null ? Action.Insert
        : stored.SameAs(incoming) ? Action.Unchanged
        : incoming.DecidedAt > stored.DecidedAt ? Action.Update
        : Action.KeepNewer;

    /// <summary>Last entry wins for duplicate keys inside one batch; times are cut to the stored millisecond precision.</summary>
    public static IReadOnlyList<KnowledgeEntry> Distinct(IReadOnlyList<KnowledgeEntry> entries) =>
        entries.GroupBy(e => (e.Municipality, e.Key))
            .Select(g => g.Last() with { DecidedAt = Store.Timestamps.Truncate(g.Last().DecidedAt) })
            .ToList();
}
