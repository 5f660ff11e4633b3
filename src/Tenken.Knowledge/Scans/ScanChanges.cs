using Tenken.Core.Reports;

namespace Tenken.Knowledge.Scans;

/// <summary>差分 of a completed run against the last completed one; empty on a project's first run.</summary>
public sealed record ScanChanges(IReadOnlyList<ChangeEntry> Entries, bool FirstRun)
{
    public int Added => Entries.Count(e => e.Kind == ChangeKind.Added);

    public int Changed => Entries.Count(e => e.Kind == ChangeKind.Changed);

    public int Removed => Entries.Count(e => e.Kind == ChangeKind.Removed);
}
