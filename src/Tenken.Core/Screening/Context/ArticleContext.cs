using Tenken.Core.Documents;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Screening.Context;

/// <summary>
/// Per-article state of one screening: the text (and its folded form for matching), its sentences and their facts,
/// and every lexicon hit. Built once per article and read by the context rules.
/// </summary>
internal sealed class ArticleContext
{
    public ArticleContext(Article article, OrdinanceDocument document, CueLexicon lexicon)
    {
        Article = article;
        Document = document;
        Text = article.Text;
        Folded = TextFold.Fold(Text);
        Layout = ArticleLayout.Build(Text);
        Facts = SentenceClassifier.Classify(Layout);
        Hits = lexicon.Match(Folded, Layout.SentenceEnd);
    }

    public Article Article { get; }

    public OrdinanceDocument Document { get; }

    /// <summary>The article text: every offset refers to it.</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> folded by <see cref="TextFold"/> (same length and offsets), used for matching.</summary>
    public string Folded { get; }

    public ArticleLayout Layout { get; }

    public IReadOnlyList<SentenceFacts> Facts { get; }

    public IReadOnlyList<LexiconHit> Hits { get; }

    public string Caption => Article.Caption ?? "";

    public SentenceFacts FactsOf(Sentence sentence) => Facts[sentence.Index];

    public IEnumerable<LexiconHit> HitsOf(LexiconRole role) => Hits.Where(h => h.Entry.Role == role);

    public IEnumerable<LexiconHit> HitsOf(LexiconRole role, RegulationCategory category) =>
        Hits.Where(h => h.Entry.Role == role && h.Entry.Applies(category));

    public Sentence? SentenceAt(int position) => Layout.At(position);

    /// <summary>The sentence whose subject (…は、) governs <paramref name="sentence"/>: its own, or its list lead's.</summary>
    public Sentence SubjectSentence(Sentence sentence) =>
        FactsOf(sentence).SubjectEnd < 0 && sentence.Lead >= 0 ? Layout.Sentences[sentence.Lead] : sentence;

    public string Slice(int start, int end) => Text[Math.Max(0, start)..Math.Min(Text.Length, end)];
}
