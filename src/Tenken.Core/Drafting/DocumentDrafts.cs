using Tenken.Core.Drafting.Numbering;

namespace Tenken.Core.Drafting;

/// <summary>The drafts and 要個別検討 entries of one ordinance, with what the amending ordinance's text needs to name it.</summary>
public sealed record DocumentDrafts
{
    public required string DocumentId { get; init; }

    public required string Title { get; init; }

    /// <summary>例規種別 (条例, 規則 …, 法律 for an Act); empty when unknown.</summary>
    public string Kind { get; init; } = "";

    /// <summary>例規番号 / 法令番号 as read, when known.</summary>
    public string? Number { get; init; }

    public required bool National { get; init; }

    public required NumeralStyle Numerals { get; init; }

    public IReadOnlyList<ArticleDraft> Drafts { get; init; } = [];

    public IReadOnlyList<ManualReview> Manual { get; init; } = [];

    /// <summary>Articles with findings to draft, per category: how many findings there were and how many were drafted.</summary>
    public IReadOnlyList<CategoryCount> Counts { get; init; } = [];

    /// <summary>Articles that had at least one finding to draft.</summary>
    public int ArticlesWithFindings { get; init; }

    /// <summary>The 題名 of the amending text: …の一部を改正する条例 / 規則 / 法律.</summary>
    public string AmendingTitle => $"{Title}の一部を改正する{AmendingKind}";

    /// <summary>The kind of the amending text: 法律 for an Act, the document's own kind for 規則・規程・要綱, else 条例.</summary>
    public string AmendingKind => National ? (Kind is "" ? "法律" : Kind) : Kind is "規則" or "規程" or "要綱" or "訓令" or "告示" ? Kind : "条例";
}
