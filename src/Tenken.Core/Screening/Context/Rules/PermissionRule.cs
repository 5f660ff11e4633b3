using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Permission, not duty: 「掲示することができる」「講習を受けることができる」 allow an act that nobody is required to
/// do. Applies to the categories whose cue is the act itself (posting, staffing, courses, periodic checks); for
/// paper, viewing or appearance a power (閲覧を請求することができる, 出頭を求めることができる) still binds someone.
/// </summary>
internal sealed partial class PermissionRule : ContextRule
{
    public override string Id => "ctx.permission";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        // An attachment that may be made (…を添付することができる) is an option; other paper (書面により申請することができる) still binds.
        if (cue.Category is not (RegulationCategory.Posting or RegulationCategory.Resident or RegulationCategory.InPersonCourse or RegulationCategory.Periodic)
            && !(cue.Category == RegulationCategory.Paper && Attached().IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start))))
            return null;
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 20));
        // 研修を受けるよう命ずることができる: the power is to require the act of someone else.
        return Permitted().IsMatch(after) && !Requires().IsMatch(after)
            ? new RuleOutcome.Suppress(Id, "「〜することができる」という任意の定めで、その行為を義務付けるものではない。")
            : null;
    }

    [GeneratedRegex("^[^、。]{0,8}?(命ず|命じ|求め|指示)")]
    private static partial Regex Requires();

    [GeneratedRegex("添付|添え|添附")]
    private static partial Regex Attached();

    [GeneratedRegex("^[^、。]{0,12}?(こと)?ができる")]
    private static partial Regex Permitted();
}
