using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// 立入り is an on-site audit only when the sentence says what the entry is for (検査, 調査, 質問, 測量, 収去 …) or
/// that officials (職員) enter. Without it the word is about people entering a place (立ち入つてはならない, 立入禁止),
/// not an inspection. Lists: Data/Rules/ctx.entry-purpose.tsv.
/// </summary>
internal sealed class EntryPurposeRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.entry-purpose";

    private readonly Regex _entry = book.Pattern(RuleId, "entry", before: "^");
    private readonly Regex _purpose = book.Pattern(RuleId, "purpose");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category != RegulationCategory.OnsiteAudit || !_entry.IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start)))
            return null;
        var sentence = context.Text.AsSpan(cue.Sentence.Start, cue.Sentence.Length);
        return _purpose.IsMatch(sentence)
            ? null
            : new RuleOutcome.Suppress(Id, "立入りの目的（検査・調査等）が書かれておらず、行政による実地の確認を定めるものではない。");
    }
}
