using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting;

/// <summary>For one category: findings selected for drafting, findings fully drafted, and articles holding such findings.</summary>
public sealed record CategoryCount(RegulationCategory Category, int Findings, int Drafted, int Articles, int ArticlesDrafted);
