namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Delegation only (…に関し必要な事項は、政令で定める): the manner is left to another rule. Lists:
/// Data/Rules/ctx.delegation.tsv, read by the sentence classifier.
/// </summary>
internal sealed class DelegationRule : ContextRule
{
    public const string RuleId = "ctx.delegation";

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        context.FactsOf(cue.Sentence).IsDelegation
            ? new RuleOutcome.Suppress(Id, "政令・省令等への委任のみで、この条は方法を定めていない。")
            : null;
}
