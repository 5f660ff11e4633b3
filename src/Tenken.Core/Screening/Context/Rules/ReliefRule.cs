namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Relief (…を免除する, …を要しない) and the exception of a ただし書 (…この限りでない): the cue names the condition
/// under which a duty falls away, so it adds no requirement.
/// </summary>
internal sealed class ReliefRule : ContextRule
{
    public override string Id => "ctx.relief";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        // A paper proof that opens the exception (…を証明する書面を提出したときは、この限りでない) is itself a paper requirement.
        if (cue.Rules.Contains(ReferenceRule.ProofPaperId))
            return null;
        var facts = context.FactsOf(cue.Sentence);
        if (facts.IsException)
            return new RuleOutcome.Suppress("ctx.proviso", "ただし書（この限りでない）の例外を定める文言で、要件を課していない。");
        if (facts.IsRelief)
            return new RuleOutcome.Suppress(Id, "義務の免除・緩和・経過措置（免除する・要しない・みなす・なお従前の例による）を定める文言で、要件を課していない。");
        return null;
    }
}
