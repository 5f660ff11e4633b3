using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// A prohibition (…を掲示してはならない, …することができない) restricts an act; it does not require it. Lists:
/// Data/Rules/ctx.prohibition.tsv.
/// </summary>
internal sealed class ProhibitionRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.prohibition";

    private readonly Regex _prohibited = book.Pattern(RuleId, "prohibited", before: "^[^。、]{0,6}?");
    private readonly Regex _prohibitedList = book.Pattern(RuleId, "prohibited-list");
    private readonly Regex _qualification = book.Pattern(RuleId, "qualification");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 14));
        if (_prohibited.IsMatch(after))
            return new RuleOutcome.Suppress(Id, "禁止・制限の規定であり、その行為を求めるものではない。");
        if (cue.Sentence.Lead >= 0 && cue.Sentence.Depth > 0)
        {
            var lead = context.FactsOf(context.Layout.Sentences[cue.Sentence.Lead]).MainText;
            if (_prohibitedList.IsMatch(lead) && !_qualification.IsMatch(lead))
                return new RuleOutcome.Suppress(Id, "禁止される行為を列挙した号の中の文言であり、その行為を求めるものではない。");
        }
        return null;
    }
}
