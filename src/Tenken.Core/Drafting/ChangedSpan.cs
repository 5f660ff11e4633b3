namespace Tenken.Core.Drafting;

/// <summary>
/// One change of a draft at its smallest: the words removed from <see cref="ArticleDraft.Before"/> at
/// [BeforeStart, BeforeStart + BeforeLength) and the words put in <see cref="ArticleDraft.After"/> at
/// [AfterStart, AfterStart + AfterLength) — what the 新旧対照表 underlines (傍線). A length is 0 for a pure insertion
/// (nothing removed) or deletion (nothing put in).
/// </summary>
public sealed record ChangedSpan(int BeforeStart, int BeforeLength, int AfterStart, int AfterLength)
{
    /// <summary>The smallest change turning <paramref name="old"/> at <paramref name="start"/> into <paramref name="replacement"/>: the common head and tail are not part of it.</summary>
    public static ChangedSpan Of(int start, int delta, string old, string replacement)
    {
        var head = 0;
        while (head < old.Length && head < replacement.Length && old[head] == replacement[head])
            head++;
        var tail = 0;
        while (tail < old.Length - head && tail < replacement.Length - head && old[^(tail + 1)] == replacement[^(tail + 1)])
            tail++;
        return new ChangedSpan(start + head, old.Length - head - tail, start + delta + head, replacement.Length - head - tail);
    }
}
