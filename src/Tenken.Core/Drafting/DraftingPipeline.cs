using Tenken.Core.Documents;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Patterns;
using Tenken.Core.Drafting.Planning;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting;

/// <summary>
/// Drafts amendments for screened documents with the patterns it was built with. Immutable and thread-safe: per-run
/// state lives in the <see cref="DraftRunContext"/>. Build it with <see cref="DraftingPipelineBuilder"/>.
/// </summary>
public sealed class DraftingPipeline
{
    private static readonly HashSet<string> NationalKinds = ["法律", "政令", "勅令", "府令", "省令", "内閣府令", "規則（国）"];
    private readonly ArticleDrafter _drafter;

    internal DraftingPipeline(DraftPatternSet patterns)
    {
        Patterns = patterns;
        _drafter = new ArticleDrafter(patterns);
    }

    public DraftPatternSet Patterns { get; }

    /// <summary>Drafts every article of the document that has findings to draft; the others are left out.</summary>
    public DocumentDrafts Draft(DocumentResult result, DraftRunContext context)
    {
        var document = result.Document;
        var shell = new DocumentDrafts
        {
            DocumentId = document.Id,
            Title = document.Title,
            Kind = document.Kind,
            Number = document.Number,
            National = IsNational(document),
            Numerals = NumeralStyleDetector.Detect(document),
        };
        var drafts = new List<ArticleDraft>();
        var manual = new List<ManualReview>();
        var counts = new Dictionary<RegulationCategory, int[]>();
        var articles = 0;
        foreach (var article in result.Articles)
        {
            var findings = article.Findings.Where(context.Select).ToList();
            if (findings.Count == 0)
                continue;
            articles++;
            var outcome = DraftArticle(article.Article, findings, shell, document, context);
            if (outcome.Draft is not null)
                drafts.Add(outcome.Draft);
            manual.AddRange(outcome.Manual);
            foreach (var m in outcome.Manual.Where(m => m.CheckFailed).Take(1))
                context.Diagnostics.Warning(document.SourcePath, article.Article.Line, $"{m.Article}の草案は出力しません。{m.Reason}", "draft.check");
            foreach (var group in findings.GroupBy(f => f.Category))
            {
                if (!counts.TryGetValue(group.Key, out var c))
                    counts[group.Key] = c = new int[4];
                var done = group.Count(f => outcome.Drafted.Contains(f));
                c[0] += group.Count();
                c[1] += done;
                c[2]++;
                c[3] += done == group.Count() ? 1 : 0;
            }
        }
        return shell with
        {
            Drafts = drafts,
            Manual = manual,
            ArticlesWithFindings = articles,
            Counts = [.. counts.OrderBy(c => c.Key).Select(c => new CategoryCount(c.Key, c.Value[0], c.Value[1], c.Value[2], c.Value[3]))],
        };
    }

    /// <summary>A bug in the drafter is reported against the article and the run goes on, as a reader bug is (TK0099).</summary>
    private ArticleOutcome DraftArticle(Article article, List<Finding> findings, DocumentDrafts shell, OrdinanceDocument document, DraftRunContext context)
    {
        try
        {
            return _drafter.Draft(article, findings, shell);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = $"草案の作成中に内部エラーが起きました（{ex.GetType().Name}: {ex.Message}）。";
            context.Diagnostics.Error(document.SourcePath, article.Line, $"{article.Title}: {reason}", "TK0099");
            return ManualEntries.All(article, findings, shell, reason, checkFailed: true);
        }
    }

    /// <summary>An e-Gov Act or a document of a national kind (法律, 政令, 省令 …).</summary>
    public static bool IsNational(OrdinanceDocument document) =>
        document.Format == "egov-xml" || NationalKinds.Contains(document.Kind);
}
