namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Relief (…を免除する, …を要しない, …とみなす, なお従前の例による): the cue names the condition under which a duty falls
/// away, so it adds no requirement. Lists: Data/Rules/ctx.relief.tsv, read by the sentence classifier.
/// </summary>
internal sealed class ReliefRule : ContextRule
{
    public const string RuleId = "ctx.relief";

    public override string Id => RuleId;

    // A paper proof that opens the relief (…を証明する書面を提出したときは、…を要しない) is itself a paper requirement.
    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        !cue.Rules.Contains(ConditionRule.ProofPaperId) && context.FactsOf(cue.Sentence).IsRelief
            ? new RuleOutcome.Suppress(Id, "義務の免除・緩和・経過措置（免除する・要しない・みなす・なお従前の例による）を定める文言で、要件を課していない。")
            : null;
}
