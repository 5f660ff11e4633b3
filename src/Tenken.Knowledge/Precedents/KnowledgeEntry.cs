namespace Tenken.Knowledge.Precedents;

/// <summary>
/// One reviewed decision in the knowledge base: the article text as judged, the categories, the verdict
/// (該当 / 非該当 / 要検討), the review direction and reason, and the municipality that decided it.
/// <see cref="Key"/> is unique within a municipality (a finding id such as <c>doc#3:PAPER</c>).
/// </summary>
public sealed record KnowledgeEntry
{
    public required string Municipality { get; init; }

    public required string Key { get; init; }

    public required string ArticleKey { get; init; }

    public string DocumentTitle { get; init; } = "";

    public string ArticleTitle { get; init; } = "";

    public required string Text { get; init; }

    /// <summary>Category codes (PAPER, SEAL …); empty for an article judged to hold none.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public required string Verdict { get; init; }

    public string Direction { get; init; } = "";

    public string Reason { get; init; } = "";

    public string Reviewer { get; init; } = "";

    public DateTimeOffset DecidedAt { get; init; }

    /// <summary>True when every field a pack carries is the same (used to make imports idempotent).</summary>
    public bool SameAs(KnowledgeEntry other) =>
        Municipality == other.Municipality && Key == other.Key && ArticleKey == other.ArticleKey
        && DocumentTitle == other.DocumentTitle && ArticleTitle == other.ArticleTitle && Text == other.Text
        && Categories.SequenceEqual(other.Categories) && Verdict == other.Verdict && Direction == other.Direction
        && Reason == other.Reason && Reviewer == other.Reviewer && DecidedAt == other.DecidedAt;
}
