namespace Tenken.Core.Structure;

/// <summary>What the reader knows of a document before its lines are parsed; null fields are detected from the lines.</summary>
public sealed record DocumentHeader(string Id, string SourcePath, string Format)
{
    public string? Title { get; init; }

    public string? Kind { get; init; }

    public string? Number { get; init; }
}
