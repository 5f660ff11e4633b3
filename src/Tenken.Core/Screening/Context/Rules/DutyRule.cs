namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Sentence structure: a cue counts only in a sentence that imposes a duty or grants a power (〜しなければならない,
/// 〜ものとする, 〜させることができる, a list item that completes such a sentence …). Anything else is a mention.
/// Lists: Data/Rules/structure.no-duty.tsv, read by the sentence classifier.
/// </summary>
internal sealed class DutyRule : ContextRule
{
    public const string RuleId = "structure.no-duty";

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) =>
        context.FactsOf(cue.Sentence).HasDuty || cue.Rules.Contains(ConditionRule.ProofPaperId)
            ? null
            : new RuleOutcome.Suppress(Id, "義務・権限を定める文（〜しなければならない、〜ことができる等）の中にない。");
}
