using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The manner is left open: 「事務所における備付けその他の適当な方法により」「郵便その他の方法により」 name one way among
/// others, so nothing ties the act to paper, a place or a visit.
/// </summary>
internal sealed partial class OpenMannerRule : ContextRule
{
    public override string Id => "ctx.open-manner";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 30));
        return Open().IsMatch(after)
            ? new RuleOutcome.Suppress(Id, "「〜その他の適当な方法」のように方法を限定しておらず、紙・来訪等に固定していない。")
            : null;
    }

    [GeneratedRegex("^[^、。]{0,4}?その他(の[^、。]{0,16})?(方法|手段)")]
    private static partial Regex Open();
}
