using Tenken.Ai.Prompting;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Review;

/// <summary>
/// Picks the articles to send: every article with a rule finding (its categories are the candidates) and, with
/// recall, articles without findings whose cues a context rule set aside (their categories are the candidates).
/// </summary>
public static class TargetSelector
{
    public static List<ReviewTarget> Select(ReviewReport report, bool recall)
    {
        var targets = new List<ReviewTarget>();
        for (var d = 0; d < report.Documents.Count; d++)
        {
            var document = report.Documents[d];
            for (var a = 0; a < document.Articles.Count; a++)
            {
                var result = document.Articles[a];
                if (result.Findings.Count > 0)
                    targets.Add(new(d, a, Request(document, result, FromFindings(result)), false));
                else if (recall && result.Suppressed.Count > 0)
                    targets.Add(new(d, a, Request(document, result, FromSuppressed(result)), true));
            }
        }
        return targets;
    }

    private static List<CandidateCategory> FromFindings(ArticleResult result) =>
        [.. result.Findings.GroupBy(f => f.Category).OrderBy(g => g.Key).Select(g => new CandidateCategory(
            g.Key,
            [.. g.SelectMany(f => f.Cues).Select(c => c.Text).Distinct().Take(8)],
            g.First().Reason))];

    private static List<CandidateCategory> FromSuppressed(ArticleResult result) =>
        [.. result.Suppressed.GroupBy(s => s.Category).OrderBy(g => g.Key).Select(g => new CandidateCategory(
            g.Key,
            [.. g.Select(s => s.Cue.Text).Distinct().Take(8)],
            "規則では除外: " + g.First().Reason))];

    private static ReviewRequest Request(DocumentResult document, ArticleResult result, List<CandidateCategory> candidates) => new()
    {
        ArticleKey = result.Article.Key,
        DocumentTitle = document.Document.Title,
        DocumentKind = document.Document.Kind,
        ArticleTitle = result.Article.Title,
        Caption = result.Article.Caption,
        Text = result.Article.Text,
        Candidates = candidates,
        Precedents = [.. result.Findings.SelectMany(f => f.Precedents)
            .GroupBy(p => (p.Municipality, p.ArticleKey)).Select(g => g.First())
            .OrderByDescending(p => p.Score).Take(PromptBuilder.MaxPrecedents)],
    };
}
