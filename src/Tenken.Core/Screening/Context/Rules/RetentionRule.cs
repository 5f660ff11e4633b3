using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Keeping records (…を証すべき書面を…保存しなければならない) is record retention, not a paper procedure: nothing is
/// filed, issued or shown, and the rule does not say the record must be on paper. Likewise a book kept at the office
/// (営業所ごとに、…帳簿を備え付け) in an article that lets nobody view or be shown it.
/// </summary>
internal sealed partial class RetentionRule : ContextRule
{
    public override string Id => "ctx.retention";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category == RegulationCategory.VisitView)
        {
            return BookKept().IsMatch(context.Slice(cue.Start, cue.End + 2)) && !Shown().IsMatch(context.Text)
                ? new RuleOutcome.Suppress(Id, "帳簿の備付け（記録の保管）を定めるもので、閲覧に供するものではない。")
                : null;
        }
        if (cue.Category != RegulationCategory.Paper)
            return null;
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 40));
        return Retained().IsMatch(after)
            ? new RuleOutcome.Suppress(Id, "書類の保存（記録の保管）を定めるもので、紙による手続を求めるものではない。")
            : null;
    }

    [GeneratedRegex("^[^。]*?保存し(なければ|、|て)|^[^。]*?保存する")]
    private static partial Regex Retained();

    [GeneratedRegex("帳簿を備え(付|て置|置)")]
    private static partial Regex BookKept();

    [GeneratedRegex("閲覧|縦覧|謄写|提示|見せ")]
    private static partial Regex Shown();
}
