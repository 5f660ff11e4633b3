using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Permission, not duty: 「掲示することができる」「講習を受けることができる」 allow an act that nobody is required to
/// do. Applies to the categories whose cue is the act itself (posting, staffing, courses, periodic checks); for
/// paper, viewing or appearance a power (閲覧を請求することができる, 出頭を求めることができる) still binds someone.
/// Lists: Data/Rules/ctx.permission.tsv.
/// </summary>
internal sealed class PermissionRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.permission";

    private readonly Regex _attached = book.Pattern(RuleId, "attached");
    private readonly Regex _permitted = book.Pattern(RuleId, "permitted", before: "^[^、。]{0,12}?");
    private readonly Regex _requires = book.Pattern(RuleId, "requires", before: "^[^、。]{0,8}?");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        // An attachment that may be made (…を添付することができる) is an option; other paper (書面により申請することができる) still binds.
        if (cue.Category is not (RegulationCategory.Posting or RegulationCategory.Resident or RegulationCategory.InPersonCourse or RegulationCategory.Periodic)
            && !(cue.Category == RegulationCategory.Paper && _attached.IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start))))
            return null;
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 20));
        // 研修を受けるよう命ずることができる: the power is to require the act of someone else.
        return _permitted.IsMatch(after) && !_requires.IsMatch(after)
            ? new RuleOutcome.Suppress(Id, "「〜することができる」という任意の定めで、その行為を義務付けるものではない。")
            : null;
    }
}
