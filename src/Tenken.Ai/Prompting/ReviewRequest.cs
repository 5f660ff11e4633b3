using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Prompting;

/// <summary>One article to review and what the rules saw in it: the unit of one model call.</summary>
public sealed record ReviewRequest
{
    public required string ArticleKey { get; init; }

    public string DocumentTitle { get; init; } = "";

    public string DocumentKind { get; init; } = "";

    public string ArticleTitle { get; init; } = "";

    public string? Caption { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<CandidateCategory> Candidates { get; init; }

    public IReadOnlyList<Precedent> Precedents { get; init; } = [];
}

/// <summary>A category the model must judge, with the rule evidence (cue words and reason) that made it a candidate.</summary>
public sealed record CandidateCategory(RegulationCategory Category, IReadOnlyList<string> Cues, string RuleReason);
