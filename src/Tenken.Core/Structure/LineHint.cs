namespace Tenken.Core.Structure;

/// <summary>What a reader knows about a line from its format; None lets the classifier decide from the text.</summary>
public enum LineHint
{
    None,
    Title,
    Number,
    Caption,
    Division,
    Article,
    Paragraph,
    Item,
    Supplementary,
    Appendix,
    /// <summary>Continuation of the previous line (a wrapped sentence, a table cell).</summary>
    Continuation,
    /// <summary>Not part of the provisions (navigation, page furniture); the parser drops it.</summary>
    Ignore,
    /// <summary>One row of a table (cells joined by a full-width space); kept as a row of the paragraph or item above.</summary>
    TableRow,
}
