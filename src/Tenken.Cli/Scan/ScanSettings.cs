namespace Tenken.Cli.Scan;

/// <summary>What the user asked of <c>tenken scan</c>, after parsing the command line.</summary>
internal sealed record ScanSettings
{
    public required IReadOnlyList<string> Paths { get; init; }

    public IReadOnlyList<string> Outputs { get; init; } = [];

    public IReadOnlyList<string> LexiconFiles { get; init; } = [];

    /// <summary>Rules files (--rules, docs/rules.md), after the built-in rule lists in the order given.</summary>
    public IReadOnlyList<string> RuleFiles { get; init; } = [];

    public bool Quiet { get; init; }

    public bool AllArticles { get; init; }

    public bool IncludeSupplementaryParagraphs { get; init; }

    /// <summary>The project file (--project): results, decisions and history are kept there; null for a one-shot scan.</summary>
    public string? ProjectFile { get; init; }

    /// <summary>Municipality name for a project created by this scan (--municipality).</summary>
    public string? Municipality { get; init; }
}
