namespace Tenken.Knowledge.Precedents;

/// <summary>A knowledge-base entry with its similarity to the query (higher is closer).</summary>
public sealed record ScoredEntry(KnowledgeEntry Entry, double Score);
