using System.Text;
using Tenken.Core.Screening.Context.Rules;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Sentences;

/// <summary>
/// Reads the structural facts of each sentence of an article (see <see cref="SentenceFacts"/>). The phrases of each
/// fact are lists of the rule that acts on it (Data/Rules: structure.no-duty, ctx.penalty, ctx.definition …).
/// Immutable and thread-safe.
/// </summary>
internal sealed class SentenceClassifier(RuleBook book)
{
    private readonly PhraseMatcher _duty = book.SentencePhrases(DutyRule.RuleId, "duty", "duty-end");
    private readonly PhraseMatcher _penalty = book.SentencePhrases(PenaltyRule.RuleId, "sentence");
    private readonly PhraseMatcher _definition = book.SentencePhrases(DefinitionRule.RuleId, "sentence", "sentence-end");
    private readonly PhraseMatcher _mutatis = book.SentencePhrases(MutatisRule.RuleId, "sentence", "sentence-end");
    private readonly PhraseMatcher _delegation = book.SentencePhrases(DelegationRule.RuleId, "sentence", "sentence-end");
    private readonly PhraseMatcher _relief = book.SentencePhrases(ReliefRule.RuleId, "sentence", "sentence-end");
    private readonly PhraseMatcher _exception = book.SentencePhrases(ProvisoRule.RuleId, "exception");
    private readonly IReadOnlyList<string> _notSubject = book.Phrases(OrganRule.RuleId, "not-subject");

    /// <summary>The facts of one sentence, merged with its list lead's (see <see cref="SentenceFacts"/>).</summary>
    public SentenceFacts Classify(ArticleLayout layout, Sentence sentence, Func<Sentence, SentenceFacts> lead)
    {
        var own = Read(layout.Text, sentence);
        if (sentence.Lead < 0)
            return own;
        var l = lead(layout.Sentences[sentence.Lead]);
        return own with
        {
            HasDuty = own.HasDuty || l.HasDuty,
            IsPenalty = own.IsPenalty || l.IsPenalty,
            IsMutatis = own.IsMutatis || l.IsMutatis,
            IsRelief = own.IsRelief || l.IsRelief,
            IsDefinition = own.IsDefinition || l.IsDefinition,
        };
    }

    private SentenceFacts Read(string text, Sentence sentence)
    {
        var main = new StringBuilder(sentence.Length);
        var nesting = 0;
        var subjectEnd = -1;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = text[i];
            if (c is '（' or '(')
            {
                nesting++;
                continue;
            }
            if (c is '）' or ')')
            {
                nesting = Math.Max(0, nesting - 1);
                continue;
            }
            if (nesting > 0)
                continue;
            main.Append(c);
            if (subjectEnd < 0 && c == '、' && i > sentence.Start + 1 && text[i - 1] == 'は' && !IsConditionTopic(text, i - 1))
                subjectEnd = i - 1;
        }
        var m = main.ToString().Trim();
        return new SentenceFacts
        {
            MainText = m,
            SubjectEnd = subjectEnd,
            HasDuty = _duty.IsMatch(m),
            IsPenalty = _penalty.IsMatch(m),
            IsDefinition = _definition.IsMatch(m),
            IsMutatis = _mutatis.IsMatch(m),
            IsDelegation = _delegation.IsMatch(m),
            IsRelief = _relief.IsMatch(m),
            IsException = sentence.IsProviso && _exception.IsMatch(m),
        };
    }

    /// <summary>…ときは、 …場合には、 …においては、 end a condition, not the subject (list not-subject of ctx.organ).</summary>
    private bool IsConditionTopic(string text, int wa)
    {
        var before = text.AsSpan(0, wa);
        foreach (var ending in _notSubject)
        {
            if (before.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
