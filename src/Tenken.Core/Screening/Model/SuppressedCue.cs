namespace Tenken.Core.Screening.Model;

/// <summary>A cue that matched but a context rule set aside (e.g. in a penalty article), with the rule and why.</summary>
public sealed record SuppressedCue(RegulationCategory Category, Cue Cue, string RuleId, string Reason);
