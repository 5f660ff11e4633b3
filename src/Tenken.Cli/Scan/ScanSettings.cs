namespace Tenken.Cli.Scan;

/// <summary>What the user asked of <c>tenken scan</c>, after parsing the command line.</summary>
internal sealed record ScanSettings
{
    public required IReadOnlyList<string> Paths { get; init; }

    public IReadOnlyList<string> Outputs { get; init; } = [];

    public IReadOnlyList<string> LexiconFiles { get; init; } = [];

    public bool Quiet { get; init; }

    public bool AllArticles { get; init; }

    public bool IncludeSupplementaryParagraphs { get; init; }
}
