using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Permission, not duty: 「掲示することができる」「講習を受けることができる」 allow an act that nobody is required to
/// do. Applies to the categories whose cue is the act itself (posting, staffing, courses, periodic checks); for
/// paper or viewing a power (閲覧を請求することができる) still binds someone; for appearance only a person's own option
/// (持参して…決裁を受けることができる) is a right, while a power to require it (出頭を求めることができる) binds.
/// Lists: Data/Rules/ctx.permission.tsv.
/// </summary>
internal sealed class PermissionRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.permission";

    private readonly Regex _attached = book.Pattern(RuleId, "attached");
    private readonly Regex _permitted = book.Pattern(RuleId, "permitted", before: "^[^、。]{0,12}?");
    private readonly Regex _requires = book.Pattern(RuleId, "requires", before: "^[^、。]{0,8}?");
    private readonly Regex _mannerOf = book.Pattern(RuleId, "manner-of");
    private readonly Regex _carried = book.Pattern(RuleId, "carried");
    private readonly Regex _right = book.Pattern(RuleId, "right-end");
    private readonly Regex _requiresAnywhere = book.Pattern(RuleId, "right-requires");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category == RegulationCategory.InPerson
            || (cue.Category == RegulationCategory.Paper && _carried.IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start))))
            return OwnRight(cue, context);
        // An attachment that may be made (…を添付することができる) is an option; other paper (書面により申請することができる) still binds.
        if (cue.Category is not (RegulationCategory.Posting or RegulationCategory.Resident or RegulationCategory.InPersonCourse or RegulationCategory.Periodic)
            && !(cue.Category == RegulationCategory.Paper && _attached.IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start))))
            return null;
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 20));
        // 研修を受けるよう命ずることができる: the power is to require the act of someone else; 掲示することによって行う
        // ことができる: the act is how a required step (a notice) is done.
        return _permitted.IsMatch(after) && !_requires.IsMatch(after) && !_mannerOf.IsMatch(after)
            ? new RuleOutcome.Suppress(Id, "「〜することができる」という任意の定めで、その行為を義務付けるものではない。")
            : null;
    }

    /// <summary>
    /// 起案文書を持参して、…決裁を受けることができる / …に提示して…抹消を受けることができる: a person's own option to
    /// appear is a right, not a duty (a power to require someone's presence, 出頭を求めることができる, still binds).
    /// </summary>
    private RuleOutcome? OwnRight(CueCandidate cue, ArticleContext context)
    {
        var rest = context.Slice(cue.End, cue.Sentence.End);
        return _right.IsMatch(rest) && !_requiresAnywhere.IsMatch(context.Slice(cue.Start, cue.Sentence.End))
            ? new RuleOutcome.Suppress(Id, "本人が出向く・提示することが「できる」とする権利の定めで、出頭等を義務付けるものではない。")
            : null;
    }
}
