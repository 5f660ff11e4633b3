namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// 準用 and 読替 clauses: they apply other provisions; the duty lives (and is flagged) where it is stated. Lists:
/// Data/Rules/ctx.mutatis.tsv, read by the sentence classifier.
/// </summary>
internal sealed class MutatisRule : ContextRule
{
    public const string RuleId = "ctx.mutatis";

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        context.FactsOf(cue.Sentence).IsMutatis
            ? new RuleOutcome.Suppress(Id, "準用・読替えの規定であり、この条自体が新たな要件を加えるものではない。")
            : null;
}
