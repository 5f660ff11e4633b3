using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>A prohibition (…を掲示してはならない, …することができない) restricts an act; it does not require it.</summary>
internal sealed partial class ProhibitionRule : ContextRule
{
    public override string Id => "ctx.prohibition";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 14));
        if (Prohibited().IsMatch(after))
            return new RuleOutcome.Suppress(Id, "禁止・制限の規定であり、その行為を求めるものではない。");
        if (cue.Sentence.Lead >= 0 && cue.Sentence.Depth > 0)
        {
            var lead = context.FactsOf(context.Layout.Sentences[cue.Sentence.Lead]).MainText;
            if (ProhibitedList().IsMatch(lead) && !lead.Contains("でなければ", StringComparison.Ordinal))
                return new RuleOutcome.Suppress(Id, "禁止される行為を列挙した号の中の文言であり、その行為を求めるものではない。");
        }
        return null;
    }

    [GeneratedRegex("(次に掲げる|各号に掲げる)[^。]*(てはならない|ことができない)。?$")]
    private static partial Regex ProhibitedList();

    [GeneratedRegex("^[^。、]{0,6}?(てはならない|ことができない|ことはできない|てはならず)")]
    private static partial Regex Prohibited();
}
