namespace Tenken.Core.Screening.Sentences;

/// <summary>
/// One sentence of an article (ended by 。 outside brackets, or by the end of its line), with its place in the
/// structure: the 項 it belongs to (1-based), its item depth (0 = the 項's own text) and, for an item, the index of
/// the sentence that introduces the list (次に掲げる …), whose obligation and penalty it shares.
/// </summary>
internal sealed record Sentence(int Index, int Start, int End, int Paragraph, int Depth, int Lead, bool IsProviso)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;
}
