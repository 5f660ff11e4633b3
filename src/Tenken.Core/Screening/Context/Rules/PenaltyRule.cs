namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Penalty provisions (…した者は、…に処する; 罰則, 過料): they punish breaking a duty stated elsewhere, so the cue is
/// a reference to that duty, not a new one.
/// </summary>
internal sealed class PenaltyRule : ContextRule
{
    public override string Id => "ctx.penalty";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (context.FactsOf(cue.Sentence).IsPenalty || context.Caption.Contains("罰則") || context.Caption.Contains("過料"))
            return new RuleOutcome.Suppress(Id, "罰則規定であり、義務そのものは他の条に定められている。");
        return null;
    }
}
