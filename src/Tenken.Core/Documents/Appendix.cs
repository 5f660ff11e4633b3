namespace Tenken.Core.Documents;

/// <summary>A 別記, 別図, 別紙 or similar block appended to a document (or its 前文), reduced to text; 様式 and 別表 are units instead.</summary>
public sealed record Appendix(string Kind, string Title, string Text, int Line);
