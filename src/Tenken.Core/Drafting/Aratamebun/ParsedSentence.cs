namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>A 改め文 sentence as read: its clauses in order, or the Japanese reason it could not be read.</summary>
public sealed record ParsedSentence(string Sentence, IReadOnlyList<AmendClause> Clauses, string? Error)
{
    public bool Ok => Error is null;
}
