namespace Tenken.Core.Screening.Lexicon;

/// <summary>Where a lexicon entry matched in an article's text (End exclusive).</summary>
internal sealed record LexiconHit(LexiconEntry Entry, int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}
