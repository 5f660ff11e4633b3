namespace Tenken.Core.Screening.Model;

/// <summary>A similar past decision from the knowledge base, for the reviewer to compare.</summary>
public sealed record Precedent(
    string Municipality,
    string ArticleKey,
    string Title,
    string Verdict,
    string Categories,
    string Reason,
    double Score);
