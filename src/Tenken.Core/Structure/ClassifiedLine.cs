using Tenken.Core.Numerals;

namespace Tenken.Core.Structure;

/// <summary>
/// A line with its kind and the parts the builder needs: <see cref="Label"/> as printed (第1条, ２, (1)),
/// <see cref="Num"/> in e-Gov form, and <see cref="Body"/> (the text after the label).
/// </summary>
public sealed record ClassifiedLine(LineKind Kind, SourceLine Source, string Text)
{
    public string Label { get; init; } = "";

    public string Num { get; init; } = "";

    public string Body { get; init; } = "";

    /// <summary>Division level: 1 編, 2 章, 3 節, 4 款, 5 目.</summary>
    public int Level { get; init; }

    public ItemLabel? Item { get; init; }

    /// <summary>A 見出し printed on the article line itself: 第1条（目的）　….</summary>
    public string? Caption { get; init; }

    public int LineNumber => Source.Number;
}
