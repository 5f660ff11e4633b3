namespace Tenken.Knowledge.Scans;

/// <summary>What the store holds of an article from earlier runs: enough to decide whether to screen it again.</summary>
internal sealed record StoredArticle(string TextHash, string AnalysisVersion, string? Extra);
