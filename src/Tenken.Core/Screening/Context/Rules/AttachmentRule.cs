using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// A paper attached to what is put up for viewing or posting (理由を記載した書面を添えて、…縦覧に供しなければならない;
/// 財務諸表等（…意見書を添付…）を事務所に備えて置き、…閲覧に供し) travels with that document: the viewing or
/// posting is the finding, not a second paper procedure.
/// </summary>
internal sealed partial class AttachmentRule : ContextRule
{
    public override string Id => "ctx.attached-to-viewing";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category != RegulationCategory.Paper || !Attached().IsMatch(context.Slice(cue.Start, cue.End)))
            return null;
        var rest = context.Slice(cue.End, cue.Sentence.End);
        return Viewed().IsMatch(rest)
            ? new RuleOutcome.Suppress(Id, "閲覧・縦覧・掲示に供する書類に添える書面で、閲覧・掲示の指摘に含まれる。")
            : null;
    }

    [GeneratedRegex("添え|添付|添附")]
    private static partial Regex Attached();

    [GeneratedRegex("(縦覧|閲覧)に供|備えて置|備え置|掲示し")]
    private static partial Regex Viewed();
}
