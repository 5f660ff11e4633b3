using Tenken.Ai.Prompting;

namespace Tenken.Ai.Review;

/// <summary>An article chosen for review, where it sits in the report, and whether only weak cues brought it in (--llm-recall).</summary>
public sealed record ReviewTarget(int DocumentIndex, int ArticleIndex, ReviewRequest Request, bool FromRecall);
