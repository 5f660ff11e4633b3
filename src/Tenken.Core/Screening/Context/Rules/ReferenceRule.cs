using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue only refers to a duty stated elsewhere: 「第十条の規定による立入検査」, 「前項の書面」, 「当該立入検査」.
/// The referenced provision carries the finding. Lists: Data/Rules/ctx.reference.tsv.
/// </summary>
internal sealed class ReferenceRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.reference";

    private readonly Regex _byProvision = book.Pattern(RuleId, "by-provision");
    private readonly Regex _previous = book.Pattern(RuleId, "previous", after: "の$");
    private readonly Regex _namedBy = book.Pattern(RuleId, "named-by");
    private readonly Regex _this = book.Pattern(RuleId, "this", after: @"\z");
    private readonly Regex _attribute = book.Pattern(RuleId, "attribute");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        // A condition kept as a soft finding stays one; a course cue carries its own act (講習を受けなければ, 講習を
        // 修了): 「次条の規定による講習を修了した者」 requires it here.
        if (cue.Category == RegulationCategory.InPersonCourse || cue.Rules.Contains(ConditionRule.ProofPaperId) || cue.Rules.Contains(ConditionRule.ImpliedId))
            return null;
        var before = context.Slice(cue.Start - 12, cue.Start);
        var head = context.Slice(Math.Max(cue.Sentence.Start, cue.Start - 40), cue.Start);
        return _byProvision.IsMatch(before) || _previous.IsMatch(before) || (IsAct(cue.Category) && (_namedBy.IsMatch(head) || _this.IsMatch(before)
                || _attribute.IsMatch(context.Slice(cue.End, cue.End + 6))))
            ? new RuleOutcome.Suppress(Id, "他の規定（前項・第〇条等）による手続を引用しているにとどまる。")
            : null;
    }

    /// <summary>
    /// Categories whose cue names the official act itself (立入検査, 実地調査, 定期検査): 「当該立入検査」 or 「第九項に規定する
    /// 立入検査」 points back at it. For paper or posting the cue names the document (当該許可証を携帯), which is the duty.
    /// </summary>
    private static bool IsAct(RegulationCategory category) =>
        category is RegulationCategory.OnsiteAudit or RegulationCategory.Visual or RegulationCategory.Periodic;
}
