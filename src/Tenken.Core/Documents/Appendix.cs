namespace Tenken.Core.Documents;

/// <summary>A 別表, 別記様式 or similar block appended to a document, reduced to text.</summary>
public sealed record Appendix(string Kind, string Title, string Text, int Line);
