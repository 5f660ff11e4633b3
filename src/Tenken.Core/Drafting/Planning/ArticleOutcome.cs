using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Planning;

/// <summary>What drafting one article gave: the draft (null when none), the findings left to 個別検討, and the findings fully drafted.</summary>
internal sealed record ArticleOutcome(ArticleDraft? Draft, IReadOnlyList<ManualReview> Manual, IReadOnlyList<Finding> Drafted);
