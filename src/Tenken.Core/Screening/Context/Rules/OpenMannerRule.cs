using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The manner is left open: 「事務所における備付けその他の適当な方法により」「郵便その他の方法により」 name one way among
/// others, so nothing ties the act to paper, a place or a visit. The open manner covers the clause it stands in: the
/// example before it (事務所に備え置いて閲覧に供する方法その他の適切な方法) and the act it governs right after it
/// (その他の適切な方法により公衆の縦覧に供しなければならない). Lists: Data/Rules/ctx.open-manner.tsv.
/// </summary>
internal sealed class OpenMannerRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.open-manner";

    /// <summary>How far (characters, no comma) the example may stand before 「その他の…方法」, or the act after it.</summary>
    private const int Reach = 30;

    private readonly Regex _open = book.Pattern(RuleId, "open");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var sentence = context.Text.AsSpan(cue.Sentence.Start, cue.Sentence.Length);
        foreach (var m in _open.EnumerateMatches(sentence))
        {
            var start = cue.Sentence.Start + m.Index;
            var end = start + m.Length;
            if (Within(context, cue.End, start) || Within(context, end, cue.Start))
                return new RuleOutcome.Suppress(Id, "「〜その他の適当な方法」のように方法を限定しておらず、紙・来訪等に固定していない。");
        }
        return null;
    }

    private static bool Within(ArticleContext context, int from, int to) =>
        from <= to && to - from <= Reach && context.Text.AsSpan(from, to - from).IndexOfAny('、', '。') < 0;
}
