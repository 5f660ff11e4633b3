using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Penalty provisions (…した者は、…に処する; 罰則, 過料): they punish breaking a duty stated elsewhere, so the cue is
/// a reference to that duty, not a new one. Lists: Data/Rules/ctx.penalty.tsv (sentence: read by the classifier).
/// </summary>
internal sealed class PenaltyRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.penalty";

    private readonly Regex _caption = book.Pattern(RuleId, "caption");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (context.FactsOf(cue.Sentence).IsPenalty || _caption.IsMatch(context.Caption))
            return new RuleOutcome.Suppress(Id, "罰則規定であり、義務そのものは他の条に定められている。");
        return null;
    }
}
