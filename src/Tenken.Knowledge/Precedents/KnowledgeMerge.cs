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

    /// <summary>Counts what a merge did, entry by entry; <see cref="Record"/> says whether the entry must be written.</summary>
    public sealed class Tally
    {
        private int _added, _updated, _unchanged, _kept;

        public bool Record(Action action)
        {
            switch (action)
            {
                case Action.Unchanged:
                    _unchanged++;
                    return false;
                case Action.KeepNewer:
                    _kept++;
                    return false;
                case Action.Insert:
                    _added++;
                    return true;
                default:
                    _updated++;
                    return true;
            }
        }

        public KnowledgeMergeResult Result => new(_added, _updated, _unchanged, _kept);
    }
}
