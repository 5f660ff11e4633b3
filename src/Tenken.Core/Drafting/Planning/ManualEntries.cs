using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Planning;

/// <summary>The 要個別検討 entries of an article: per finding, the cues left undrafted and why.</summary>
internal static class ManualEntries
{
    public static List<ManualReview> For(Article article, DocumentDrafts document,
        List<(Finding Finding, Cue Cue)> unfixed, Dictionary<Cue, string> reasons) =>
        [.. unfixed.GroupBy(u => u.Finding).Select(g => new ManualReview
        {
            Key = article.Key,
            DocumentId = document.DocumentId,
            DocumentTitle = document.Title,
            Article = article.Title,
            Category = g.Key.Category,
            FindingId = g.Key.Id,
            Cues = string.Join("、", g.Select(u => u.Cue.Text).Distinct()),
            Reason = string.Join(" ", g.Select(u => reasons.TryGetValue(u.Cue, out var r) ? r : NoPattern(u.Finding, u.Cue)).Distinct()),
        })];

    private static string NoPattern(Finding finding, Cue cue) => finding.DigitalRoute == DigitalRoute.None
        ? $"「{cue.Text}」に合う改正パターンがありません。"
        : $"「{cue.Text}」に合う改正パターンがありません（一部に電子的手段の定めがあるため、既存の定めとの関係を個別に検討してください）。";

    public static ArticleOutcome All(Article article, IReadOnlyList<Finding> findings, DocumentDrafts document, string reason, bool checkFailed = false) =>
        new(null, [.. findings.Select(f => new ManualReview
        {
            Key = article.Key,
            DocumentId = document.DocumentId,
            DocumentTitle = document.Title,
            Article = article.Title,
            Category = f.Category,
            FindingId = f.Id,
            Cues = string.Join("、", f.Cues.Select(c => c.Text).Distinct()),
            Reason = reason,
            CheckFailed = checkFailed,
        })], []);
}
