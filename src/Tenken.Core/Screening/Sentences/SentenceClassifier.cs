using System.Text;
using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Sentences;

/// <summary>Reads the structural facts of each sentence of an article (see <see cref="SentenceFacts"/>).</summary>
internal static partial class SentenceClassifier
{
    /// <summary>The facts of one sentence, merged with its list lead's (see <see cref="SentenceFacts"/>).</summary>
    public static SentenceFacts Classify(ArticleLayout layout, Sentence sentence, Func<Sentence, SentenceFacts> lead)
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

    private static SentenceFacts Read(string text, Sentence sentence)
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
            HasDuty = Duty().IsMatch(m),
            IsPenalty = Penalty().IsMatch(m),
            IsDefinition = Definition().IsMatch(m),
            IsMutatis = Mutatis().IsMatch(m),
            IsDelegation = Delegation().IsMatch(m),
            IsRelief = Relief().IsMatch(m),
            IsException = sentence.IsProviso && Exception().IsMatch(m),
        };
    }

    /// <summary>…ときは、 …場合には、 …においては、 end a condition, not the subject.</summary>
    private static bool IsConditionTopic(string text, int wa)
    {
        var before = text.AsSpan(Math.Max(0, wa - 2), Math.Min(2, wa));
        return before is "とき" or "合に" or "いて" or "ては" or "つて" or "って" or "合で" || text[wa - 1] == 'に' || text[wa - 1] == 'て';
    }

    [GeneratedRegex("なければならない|なければならぬ|ものとする|ことができる|ことができない|ことはできない|てはならない|ではならない|いずれかに該当する|ことを要する|べきこと|べきものと|命ずる|命じ|求める|求め、|させる|させ、|努める|努めなければ|義務を負う|こと。?$|ものであること|でなければ|定めること|しないこと|者であること|であること。?$|を受けること|行う。?$|による。?$|のうちから")]
    private static partial Regex Duty();

    [GeneratedRegex("に処する|に処し、|に処す。|を科する|を併科する|の過料に|罰金に処")]
    private static partial Regex Penalty();

    [GeneratedRegex("「[^」]+」とは、|をいう。?$|をいい、")]
    private static partial Regex Definition();

    /// <summary>
    /// 準用 or 読替 as the predicate of the sentence (…について準用する。 …と読み替えるものとする。). An adnominal
    /// 「同条第二項において準用する第十条」 only names a provision; the sentence states its own duty.
    /// </summary>
    [GeneratedRegex("(準用する|準用される|準用しない|読み替える|読み替えるものとする|読み替えて(適用|準用)する(ものとする)?|読み替えて適用される)。?$|準用し、|準用するほか|読み替えるものとするほか")]
    private static partial Regex Mutatis();

    [GeneratedRegex("(政令|省令|内閣府令|府令|規則|条例|告示|規程)で定める。?$|(政令|省令|内閣府令|規則|条例)に委任")]
    private static partial Regex Delegation();

    [GeneratedRegex("免除する|免除することができる|代えることができる|なお従前の例による|なおその効力を有する|を要しない|ことを要しない|省略することができる|適用しない|みなす。?$")]
    private static partial Regex Relief();

    [GeneratedRegex("この限りでない|この限りでは?ない|適用しない")]
    private static partial Regex Exception();
}
