namespace Tenken.Core.Structure;

/// <summary>
/// One line handed to the structure parser by a line-based reader (text, HTML, Word): its 1-based line number in
/// the source and its text. <see cref="Hint"/> carries what the format already knows (an HTML class, a Word
/// style) so the classifier need not guess.
/// </summary>
public sealed record SourceLine(int Number, string Text, LineHint Hint = LineHint.None);
