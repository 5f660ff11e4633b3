namespace Tenken.Core.Screening.RuleData;

/// <summary>
/// One line of a rules file (docs/rules.md): an entry of one named list of a context rule, or, when
/// <see cref="List"/> is <c>off</c>, the switch that turns the rule off.
/// </summary>
internal sealed record RuleLine(string RuleId, string List, string Entry, string Note, string Source, int Line)
{
    /// <summary>The prefix of an entry that is a regular expression rather than plain text.</summary>
    public const string PatternPrefix = "re:";

    public bool SwitchesOff => List is "off" or "無効";

    public bool IsPattern => Entry.StartsWith(PatternPrefix, StringComparison.Ordinal);
}
