using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context;

/// <summary>What a context rule decided about a cue: set it aside (with a reason), or keep it adjusted.</summary>
internal abstract record RuleOutcome(string RuleId)
{
    /// <summary>The cue is a mention, not a requirement: it becomes a <see cref="SuppressedCue"/>.</summary>
    public sealed record Suppress(string RuleId, string Reason) : RuleOutcome(RuleId);

    /// <summary>The cue stays, with its confidence multiplied by <see cref="Factor"/> and a note for the reason.</summary>
    public sealed record Adjust(string RuleId, double Factor, string Note, DigitalRoute? Route = null) : RuleOutcome(RuleId);
}
