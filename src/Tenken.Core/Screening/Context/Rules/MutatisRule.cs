namespace Tenken.Core.Screening.Context.Rules;

/// <summary>準用 and 読替 clauses: they apply other provisions; the duty lives (and is flagged) where it is stated.</summary>
internal sealed class MutatisRule : ContextRule
{
    public override string Id => "ctx.mutatis";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        context.FactsOf(cue.Sentence).IsMutatis
            ? new RuleOutcome.Suppress(Id, "準用・読替えの規定であり、この条自体が新たな要件を加えるものではない。")
            : null;
}
