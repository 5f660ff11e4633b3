using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting;

/// <summary>
/// The amendment drafted for one article: the text before (exactly the scan's article text), the whole amended
/// article after it in the same layout, and the 改め文 sentences that turn one into the other, checked by
/// <see cref="DraftCheck"/> before it is kept.
/// </summary>
public sealed record ArticleDraft
{
    /// <summary>The article key, as in results.json.</summary>
    public required string Key { get; init; }

    public required string DocumentId { get; init; }

    public required string DocumentTitle { get; init; }

    /// <summary>The article heading as printed (第十条の二).</summary>
    public required string Article { get; init; }

    /// <summary>見出し such as （目的）, when the article has one.</summary>
    public string? Caption { get; init; }

    /// <summary>The categories this draft fixes, in the fixed category order.</summary>
    public required IReadOnlyList<RegulationCategory> Categories { get; init; }

    /// <summary>Names of the patterns used, in the order of the changes.</summary>
    public required IReadOnlyList<string> Patterns { get; init; }

    /// <summary>Ids of the findings the draft answers (<c>&lt;key&gt;:&lt;CODE&gt;</c>).</summary>
    public IReadOnlyList<string> FindingIds { get; init; } = [];

    public required string Before { get; init; }

    public required string After { get; init; }

    /// <summary>The 改め文 sentences in order (one per article).</summary>
    public required IReadOnlyList<string> Aratamebun { get; init; }

    /// <summary>The changes at their smallest, in text order (the 傍線 of the 新旧対照表).</summary>
    public IReadOnlyList<ChangedSpan> Changes { get; init; } = [];

    /// <summary>What the reviewer should check (from the patterns), and what was left for 個別検討.</summary>
    public string Note { get; init; } = "";
}
