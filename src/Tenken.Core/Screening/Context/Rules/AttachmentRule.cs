using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// A paper attached to what is put up for viewing or posting (理由を記載した書面を添えて、…縦覧に供しなければならない;
/// 財務諸表等（…意見書を添付…）を事務所に備えて置き、…閲覧に供し) travels with that document: the viewing or
/// posting is the finding, not a second paper procedure. Lists: Data/Rules/ctx.attached-to-viewing.tsv.
/// </summary>
internal sealed class AttachmentRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.attached-to-viewing";

    private readonly Regex _attached = book.Pattern(RuleId, "attached");
    private readonly Regex _viewed = book.Pattern(RuleId, "viewed");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category != RegulationCategory.Paper || !_attached.IsMatch(context.Slice(cue.Start, cue.End)))
            return null;
        var rest = context.Slice(cue.End, cue.Sentence.End);
        return _viewed.IsMatch(rest)
            ? new RuleOutcome.Suppress(Id, "閲覧・縦覧・掲示に供する書類に添える書面で、閲覧・掲示の指摘に含まれる。")
            : null;
    }
}
