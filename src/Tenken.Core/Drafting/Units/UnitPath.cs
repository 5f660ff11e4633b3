namespace Tenken.Core.Drafting.Units;

/// <summary>
/// A 条・項・号 as a 改め文 cites it. <see cref="Article"/> is the e-Gov Num (第十条の二 → <c>10_2</c>);
/// <see cref="Paragraph"/> is 0 when no 項 is named; <see cref="Items"/> holds the 号's Num (<c>2</c>, <c>2_2</c>) and
/// then the deeper labels as printed (イ, （１）).
/// </summary>
public sealed record UnitPath
{
    public required string Article { get; init; }

    /// <summary>True for an article (or 項) of the original 附則: cited as 附則第三条.</summary>
    public bool Supplementary { get; init; }

    public int Paragraph { get; init; }

    public IReadOnlyList<string> Items { get; init; } = [];

    public UnitPart Part { get; init; } = UnitPart.Whole;

    /// <summary>Same 条, 項 and items (the part aside).</summary>
    public bool SameUnit(UnitPath other) =>
        Article == other.Article && Supplementary == other.Supplementary && Paragraph == other.Paragraph && Items.Count == other.Items.Count &&
        Items.Zip(other.Items).All(p => ItemLabels.Same(p.First, p.Second));

    public bool SameAs(UnitPath other) => SameUnit(other) && Part == other.Part;

    public override string ToString() =>
        $"{(Supplementary ? "附則" : "")}{Article}/{Paragraph}/{string.Join("/", Items)}/{Part}";
}
