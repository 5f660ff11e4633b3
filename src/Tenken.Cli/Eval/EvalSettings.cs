namespace Tenken.Cli.Eval;

/// <summary>What the user asked of <c>tenken eval</c>.</summary>
internal sealed record EvalSettings
{
    public required string Gold { get; init; }

    public required IReadOnlyList<string> Paths { get; init; }

    public IReadOnlyList<string> LexiconFiles { get; init; } = [];

    /// <summary>Rules files (--rules, docs/rules.md).</summary>
    public IReadOnlyList<string> RuleFiles { get; init; } = [];

    /// <summary>0 = every gold line; 1 or 2 = only that stable half of the keys (tune on one, check the other).</summary>
    public int Half { get; init; }

    /// <summary>Print only the metrics, not the lists of disagreements.</summary>
    public bool Brief { get; init; }
}
