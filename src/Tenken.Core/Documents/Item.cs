namespace Tenken.Core.Documents;

/// <summary>A 号 (depth 1) or a nested イロハ / (1) item (depth 2 and deeper).</summary>
public sealed record Item
{
    /// <summary>Ordinal as an e-Gov Num ("1", "2_2").</summary>
    public required string Num { get; init; }

    /// <summary>The label as printed: 一, (1), （１）, イ, ①.</summary>
    public required string Title { get; init; }

    public string Text { get; init; } = "";

    /// <summary>1 for a 号, 2 for the イロハ under it, and so on.</summary>
    public int Depth { get; init; } = 1;

    public IReadOnlyList<Item> Children { get; init; } = [];

    public IReadOnlyList<string> TableRows { get; init; } = [];

    public int Line { get; init; }
}
