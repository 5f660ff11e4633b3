using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports;

/// <summary>A document and the screening result of each of its articles, in reading order.</summary>
public sealed record DocumentResult(OrdinanceDocument Document, IReadOnlyList<ArticleResult> Articles);
