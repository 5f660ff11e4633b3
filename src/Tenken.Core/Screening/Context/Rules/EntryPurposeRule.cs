using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// 立入り is an on-site audit only when the sentence says what the entry is for (検査, 調査, 質問, 測量, 収去 …) or
/// that officials (職員) enter.
/// Without it the word is about people entering a place (立ち入つてはならない, 立入禁止), not an inspection.
/// </summary>
internal sealed partial class EntryPurposeRule : ContextRule
{
    public override string Id => "ctx.entry-purpose";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category != RegulationCategory.OnsiteAudit || context.Text[cue.Start] != '立')
            return null;
        var sentence = context.Text.AsSpan(cue.Sentence.Start, cue.Sentence.Length).ToString();
        return Purpose().IsMatch(sentence)
            ? null
            : new RuleOutcome.Suppress(Id, "立入りの目的（検査・調査等）が書かれておらず、行政による実地の確認を定めるものではない。");
    }

    [GeneratedRegex("検査|調査|質問|測量|収去|確認|監査|臨検|実地|点検|職員")]
    private static partial Regex Purpose();
}
