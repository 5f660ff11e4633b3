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
    private Dictionary<LexiconRole, List<LexiconHit>>? _byRole;
    private Dictionary<(LexiconRole, RegulationCategory), List<LexiconHit>>? _byCategory;
    private Dictionary<LexiconRole, Dictionary<int, List<LexiconHit>>>? _bySentence;

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

    /// <summary>The hits of one role, in text order; kept for the article so a rule asking per cue costs no rescan.</summary>
    public IReadOnlyList<LexiconHit> HitsOf(LexiconRole role)
    {
        _byRole ??= [];
        if (!_byRole.TryGetValue(role, out var hits))
            _byRole[role] = hits = [.. (role is LexiconRole.Cue or LexiconRole.Verb or LexiconRole.Manner ? Hits : ContextHits).Where(h => h.Entry.Role == role)];
        return hits;
    }

    /// <summary>The hits of one role that apply to a category, in text order; kept for the article.</summary>
    public IReadOnlyList<LexiconHit> HitsOf(LexiconRole role, RegulationCategory category)
    {
        _byCategory ??= [];
        if (!_byCategory.TryGetValue((role, category), out var hits))
            _byCategory[(role, category)] = hits = [.. HitsOf(role).Where(h => h.Entry.Applies(category))];
        return hits;
    }

    /// <summary>The hits of one role inside a sentence, in text order; grouped once per article.</summary>
    public IReadOnlyList<LexiconHit> HitsIn(LexiconRole role, Sentence sentence)
    {
        _bySentence ??= [];
        if (!_bySentence.TryGetValue(role, out var groups))
        {
            groups = [];
            foreach (var hit in HitsOf(role))
            {
                if (SentenceAt(hit.Start) is not { } at)
                    continue;
                if (!groups.TryGetValue(at.Index, out var list))
                    groups[at.Index] = list = [];
                list.Add(hit);
            }
            _bySentence[role] = groups;
        }
        return groups.TryGetValue(sentence.Index, out var found) ? found : [];
    }

    public Sentence? SentenceAt(int position) => Layout.At(position);

    /// <summary>The sentence whose subject (…は、) governs <paramref name="sentence"/>: its own, or its list lead's.</summary>
    public Sentence SubjectSentence(Sentence sentence) =>
        FactsOf(sentence).SubjectEnd < 0 && sentence.Lead >= 0 ? Layout.Sentences[sentence.Lead] : sentence;

    public string Slice(int start, int end) => Text[Math.Max(0, start)..Math.Min(Text.Length, end)];
}
