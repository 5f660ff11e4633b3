using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The manner is left open: 「事務所における備付けその他の適当な方法により」「郵便その他の方法により」 name one way among
/// others, so nothing ties the act to paper, a place or a visit. The open manner covers the clause it stands in: the
/// example before it (事務所に備え置いて閲覧に供する方法その他の適切な方法) and the act it governs right after it
/// (その他の適切な方法により公衆の縦覧に供しなければならない).
/// </summary>
internal sealed partial class OpenMannerRule : ContextRule
{
    /// <summary>How far (characters, no comma) the example may stand before 「その他の…方法」, or the act after it.</summary>
    private const int Reach = 30;

    public override string Id => "ctx.open-manner";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var sentence = context.Text.AsSpan(cue.Sentence.Start, cue.Sentence.Length);
        if (sentence.IndexOf("その他", StringComparison.Ordinal) < 0)
            return null;
        foreach (var m in Open().EnumerateMatches(sentence))
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

    /// <summary>その他の適切な方法 / その他の方法; not 「その他の厚生労働省令で定める方法」, which only delegates the list.</summary>
    [GeneratedRegex("その他(の(?![^、。]{0,16}(令|規則)で定める)[^、。]{0,16})?(方法|手段)")]
    private static partial Regex Open();
}
