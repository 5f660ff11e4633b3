using Tenken.Core.Screening.Model;

namespace Tenken.Knowledge.Decisions;

/// <summary>The latest decision on a finding with the hash of the article text it was made on.</summary>
public sealed record StoredDecision(string FindingId, string ArticleKey, ReviewDecision Decision, string TextHash)
{
    /// <summary>The decision as carried onto a finding now: Conflict when the article text changed since.</summary>
    public ReviewDecision For(string currentTextHash) => Decision with { Conflict = currentTextHash != TextHash };
}
