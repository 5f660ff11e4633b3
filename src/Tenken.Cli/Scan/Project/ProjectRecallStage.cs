using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Decisions;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Scans;

namespace Tenken.Cli.Scan.Project;

/// <summary>
/// Runs before the other stages: carries reviewers' decisions (Conflict when the article changed since), stored
/// model answers for unchanged articles, and the most similar past decisions (precedents) onto each finding.
/// </summary>
internal sealed class ProjectRecallStage(ProjectScan project) : IScanStage
{
    public const int PrecedentsPerFinding = 3;

    public string Name => "project-recall";

    public Task<ReviewReport> RunAsync(ReviewReport report, ScanRunContext context, CancellationToken cancellation)
    {
        var decisions = new DecisionBook(project.Store).Current();
        var answers = new ModelAnswers(project.Store).Load();
        using var knowledge = new ProjectKnowledgeBase(project.Store);
        var index = new PrecedentIndex(knowledge.Load());
        var own = project.Store.Municipality;
        var documents = report.Documents.Select(document => document with
        {
            Articles = [.. document.Articles.Select(result =>
            {
                if (result.Findings.Count == 0)
                    return result;
                cancellation.ThrowIfCancellationRequested();
                var hash = project.Journal.HashOf(result.Article);
                var similar = index.Search(result.Article.Text, PrecedentsPerFinding + result.Findings.Count,
                    e => e.Municipality == own && e.ArticleKey == result.Article.Key && decisions.ContainsKey(e.Key));
                return result with { Findings = [.. result.Findings.Select(f => Recall(f, hash, decisions, answers, similar, own))] };
            })],
        }).ToList();
        return Task.FromResult(report with { Documents = documents });
    }

    private static Finding Recall(
        Finding finding,
        string hash,
        IReadOnlyDictionary<string, StoredDecision> decisions,
        IReadOnlyDictionary<string, (string TextHash, AiReview Review)> answers,
        IReadOnlyList<ScoredEntry> similar,
        string own)
    {
        var decision = decisions.TryGetValue(finding.Id, out var stored) ? stored.For(hash) : finding.Decision;
        var ai = finding.Ai ?? (answers.TryGetValue(finding.Id, out var answer) && answer.TextHash == hash ? answer.Review : null);
        var precedents = similar
            .Where(s => !(s.Entry.Municipality == own && s.Entry.Key == finding.Id))
            .Take(PrecedentsPerFinding)
            .Select(s => new Precedent(
                s.Entry.Municipality,
                s.Entry.ArticleKey,
                $"{s.Entry.DocumentTitle} {s.Entry.ArticleTitle}".Trim(),
                s.Entry.Verdict,
                string.Join("・", s.Entry.Categories.Select(c => Categories.TryParse(c, out var cat) ? cat.JapaneseName() : c)),
                s.Entry.Reason,
                Math.Round(s.Score, 3)))
            .ToList();
        return finding with { Decision = decision, Ai = ai, Precedents = precedents.Count > 0 ? precedents : finding.Precedents };
    }
}
