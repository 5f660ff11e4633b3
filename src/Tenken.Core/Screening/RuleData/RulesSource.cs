namespace Tenken.Core.Screening.RuleData;

/// <summary>A rules file to load (docs/rules.md): a file path, or text with a name for diagnostics (tests, other hosts).</summary>
public sealed record RulesSource(string Name, string? Path, string? Content)
{
    public static RulesSource File(string path) => new(path, path, null);

    public static RulesSource Text(string name, string content) => new(name, null, content);
}
