using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Keeping records (…を証すべき書面を…保存しなければならない) is record retention, not a paper procedure: nothing is
/// filed, issued or shown, and the rule does not say the record must be on paper. Likewise a book kept at the office
/// (営業所ごとに、…帳簿を備え付け) in an article that lets nobody view or be shown it. Lists: Data/Rules/ctx.retention.tsv.
/// </summary>
internal sealed class RetentionRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.retention";

    private readonly Regex _retained = book.Pattern(RuleId, "retained", before: "^[^。]*?");
    private readonly Regex _bookKept = book.Pattern(RuleId, "book-kept");
    private readonly Regex _shown = book.Pattern(RuleId, "shown");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category == RegulationCategory.VisitView)
        {
            return _bookKept.IsMatch(context.Slice(cue.Sentence.Start, Math.Min(cue.Sentence.End, cue.End + 2))) && !_shown.IsMatch(context.Text)
                ? new RuleOutcome.Suppress(Id, "帳簿の備付け（記録の保管）を定めるもので、閲覧に供するものではない。")
                : null;
        }
        if (cue.Category != RegulationCategory.Paper)
            return null;
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 40));
        return _retained.IsMatch(after)
            ? new RuleOutcome.Suppress(Id, "書類の保存（記録の保管）を定めるもので、紙による手続を求めるものではない。")
            : null;
    }
}
