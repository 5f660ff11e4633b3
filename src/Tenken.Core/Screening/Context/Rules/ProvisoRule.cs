namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The exception of a ただし書 (ただし、…この限りでない): the cue names when a duty falls away, so it adds no
/// requirement. Lists: Data/Rules/ctx.proviso.tsv, read by the sentence classifier.
/// </summary>
internal sealed class ProvisoRule : ContextRule
{
    public const string RuleId = "ctx.proviso";

    public override string Id => RuleId;

    // A paper proof that opens the exception (…を証明する書面を提出したときは、この限りでない) is itself a paper requirement.
    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        !cue.Rules.Contains(ConditionRule.ProofPaperId) && context.FactsOf(cue.Sentence).IsException
            ? new RuleOutcome.Suppress(Id, "ただし書（この限りでない）の例外を定める文言で、要件を課していない。")
            : null;
}
