using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening;

/// <summary>Judges articles: every article gets an <see cref="ArticleResult"/>, with findings or without. Thread-safe.</summary>
public sealed class ScreeningPipeline
{
    private readonly KeywordLexicon _lexicon;

    internal ScreeningPipeline(ScreeningOptions options, KeywordLexicon lexicon)
    {
        Options = options;
        _lexicon = lexicon;
    }

    public ScreeningOptions Options { get; }

    public ArticleResult Screen(Article article, OrdinanceDocument document)
    {
        var text = article.Text;
        var findings = new List<Finding>();
        foreach (var group in _lexicon.Match(text).GroupBy(m => m.Category))
        {
            var info = Categories.Get(group.Key);
            findings.Add(new Finding
            {
                Id = Finding.MakeId(article.Key, group.Key),
                Category = group.Key,
                Cues = [.. group.Select(m => m.Cue)],
                Reason = $"「{group.First().Cue.Text}」を含む（{info.Name}）",
                Confidence = 0.5,
                Rules = [.. group.Select(m => m.Cue.RuleId).Distinct()],
                Direction = info.Direction,
                Alternatives = info.Alternatives,
            });
        }
        return new ArticleResult { Article = article, Findings = findings };
    }

    public IReadOnlyList<ArticleResult> ScreenDocument(OrdinanceDocument document) =>
        [.. document.Articles.Select(a => Screen(a, document))];
}
