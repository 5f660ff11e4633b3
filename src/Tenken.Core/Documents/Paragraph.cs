namespace Tenken.Core.Documents;

/// <summary>One 項. The first paragraph of an article usually has an empty <see cref="NumText"/>.</summary>
public sealed record Paragraph
{
    /// <summary>Ordinal as an e-Gov Num ("1", "2", …).</summary>
    public required string Num { get; init; }

    /// <summary>The number as printed (２, 2 or empty).</summary>
    public string NumText { get; init; } = "";

    /// <summary>A 項 heading (ParagraphCaption), rare.</summary>
    public string? Caption { get; init; }

    /// <summary>The paragraph's own sentences (本文 and ただし書), without its items.</summary>
    public string Text { get; init; } = "";

    public IReadOnlyList<Item> Items { get; init; } = [];

    /// <summary>Rows of a table that belongs to the paragraph, each row's cells joined by a full-width space.</summary>
    public IReadOnlyList<string> TableRows { get; init; } = [];

    public int Line { get; init; }
}
