using Tenken.Core.Documents;
using Tenken.Core.Screening.Basis;
using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Forms;
using Tenken.Core.Screening.Judging;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Screening;

/// <summary>
/// Judges articles: every article gets an <see cref="ArticleResult"/>, with findings or without, and the cues that
/// were seen but set aside (with the rule and reason). 様式 and 別表 units are read for seal boxes instead
/// (<see cref="FormScreener"/>). Built by <see cref="ScreeningPipelineBuilder"/>; immutable
/// and thread-safe.
/// </summary>
public sealed class ScreeningPipeline
{
    private readonly CueLexicon _lexicon;
    private readonly SentenceClassifier _classifier;
    private readonly CueJudge _judge;
    private readonly LegalBasisFinder _basis = new();

    internal ScreeningPipeline(ScreeningOptions options, CueLexicon lexicon, SentenceClassifier classifier, CueJudge judge)
    {
        Options = options;
        _lexicon = lexicon;
        _classifier = classifier;
        _judge = judge;
    }

    public ScreeningOptions Options { get; }

    /// <summary>The lexicon lines in force (built-in first, then the user's files), for listing and auditing.</summary>
    public IReadOnlyList<LexiconEntry> LexiconEntries => _lexicon.Entries;

    /// <summary>The ids of the context rules in force, in the order they run (docs/rules.md).</summary>
    public IReadOnlyList<string> RuleIds => [.. _judge.Rules.Select(r => r.Id)];

    public ArticleResult Screen(Article article, OrdinanceDocument document)
    {
        if (article.Deleted || article.Text.Length == 0 ||
            (article.Provision == ProvisionKind.Supplementary && !Options.IncludeSupplementary))
            return new ArticleResult { Article = article };
        if (article.Provision.IsAppended())
            return FormScreener.Screen(article, Options);
        var context = new ArticleContext(article, document, _lexicon, _classifier);
        if (context.Hits.Count == 0)
            return new ArticleResult { Article = article };
        var (candidates, unpaired) = CandidateCollector.Collect(context);
        if (candidates.Count == 0)
            return new ArticleResult { Article = article, Suppressed = unpaired };
        var (kept, suppressed) = _judge.Judge(candidates, context);
        var (findings, dropped) = FindingAssembler.Assemble(kept, context, Options);
        return new ArticleResult
        {
            Article = article,
            Findings = findings,
            Suppressed = [.. suppressed, .. dropped, .. unpaired],
            Basis = findings.Count > 0 ? _basis.Find(article, document) : null,
        };
    }

    public IReadOnlyList<ArticleResult> ScreenDocument(OrdinanceDocument document) =>
        [.. document.Articles.Select(a => Screen(a, document))];
}
