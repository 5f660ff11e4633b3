using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Screening.Context;

/// <summary>
/// A cue on its way through the context rules: its category and span, the lexicon lines that made it, and what the
/// rules have said so far (confidence, digital route, notes that go into the reason).
/// </summary>
internal sealed record CueCandidate
{
    public required RegulationCategory Category { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required Sentence Sentence { get; init; }

    public required IReadOnlyList<LexiconEntry> Entries { get; init; }

    public double Confidence { get; init; }

    public DigitalRoute DigitalRoute { get; init; }

    /// <summary>Rule ids that adjusted the candidate (context rules that lowered confidence, digital.partial …).</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>Japanese remarks for the reason (一部に電磁的方法の定めがある …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public Cue ToCue(string text) => new(text[Start..End], Start, End, Entries[0].RuleId);
}
