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
    private readonly CueLexicon _lexicon;
    private readonly SentenceClassifier _classifier;
    private ArticleLayout? _layout;
    private SentenceFacts?[]? _facts;
    private List<LexiconHit>? _contextHits;

    public ArticleContext(Article article, OrdinanceDocument document, CueLexicon lexicon, SentenceClassifier classifier)
    {
        _lexicon = lexicon;
        _classifier = classifier;
        Article = article;
        Document = document;
        Text = article.Text;
        Folded = TextFold.Fold(Text);
        Hits = lexicon.MatchCues(Folded, p => Layout.SentenceEnd(p));
    }

    public Article Article { get; }

    public OrdinanceDocument Document { get; }

    /// <summary>The article text: every offset refers to it.</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> folded by <see cref="TextFold"/> (same length and offsets), used for matching.</summary>
    public string Folded { get; }

    /// <summary>The sentences, built on first use (an article without any hit never needs them).</summary>
    public ArticleLayout Layout => _layout ??= ArticleLayout.Build(Text);

    /// <summary>Hits of the cue, verb and manner lines.</summary>
    public IReadOnlyList<LexiconHit> Hits { get; }

    /// <summary>Hits of the digital, exclude and organ lines, matched on first use (only when a cue needs judging).</summary>
    public IReadOnlyList<LexiconHit> ContextHits => _contextHits ??= _lexicon.MatchContext(Folded, p => Layout.SentenceEnd(p));

    public string Caption => Article.Caption ?? "";

    /// <summary>The structural facts of a sentence, read on first use and kept for the article.</summary>
    public SentenceFacts FactsOf(Sentence sentence)
    {
        _facts ??= new SentenceFacts?[Layout.Sentences.Count];
        return _facts[sentence.Index] ??= _classifier.Classify(Layout, sentence, FactsOf);
    }

    public IEnumerable<LexiconHit> HitsOf(LexiconRole role) =>
        (role is LexiconRole.Cue or LexiconRole.Verb or LexiconRole.Manner ? Hits : ContextHits).Where(h => h.Entry.Role == role);

    public IEnumerable<LexiconHit> HitsOf(LexiconRole role, RegulationCategory category) =>
        HitsOf(role).Where(h => h.Entry.Applies(category));

    public Sentence? SentenceAt(int position) => Layout.At(position);

    /// <summary>The sentence whose subject (…は、) governs <paramref name="sentence"/>: its own, or its list lead's.</summary>
    public Sentence SubjectSentence(Sentence sentence) =>
        FactsOf(sentence).SubjectEnd < 0 && sentence.Lead >= 0 ? Layout.Sentences[sentence.Lead] : sentence;

    public string Slice(int start, int end) => Text[Math.Max(0, start)..Math.Min(Text.Length, end)];
}
