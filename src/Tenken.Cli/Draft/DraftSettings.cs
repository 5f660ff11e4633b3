using Tenken.Core.Reports.Drafts;

namespace Tenken.Cli.Draft;

/// <summary>What the user asked of <c>tenken draft</c>, after parsing the command line.</summary>
internal sealed record DraftSettings
{
    public required IReadOnlyList<string> Paths { get; init; }

    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>The project file (--project): only the findings reviewers marked 該当 with 対応 例規改正 are drafted.</summary>
    public string? ProjectFile { get; init; }

    public IReadOnlyList<string> LexiconFiles { get; init; } = [];

    /// <summary>A municipality's own pattern files (--patterns), applied after the built-in patterns.</summary>
    public IReadOnlyList<string> PatternFiles { get; init; } = [];

    public DraftColumnOrder Order { get; init; } = DraftColumnOrder.AfterBefore;

    public bool Quiet { get; init; }
}
