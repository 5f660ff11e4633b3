using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue only refers to a duty stated elsewhere: 「第十条の規定による立入検査を拒み」, 「出頭を求められてこれに応ぜず」,
/// 「前項の書面」. The referenced provision carries the finding.
/// </summary>
internal sealed partial class ReferenceRule : ContextRule
{
    public override string Id => "ctx.reference";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var before = context.Slice(cue.Start - 12, cue.Start);
        var after = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 14));
        if ((Breach().IsMatch(after) && !DutyToAccept().IsMatch(after)) || Violating().IsMatch(before))
            return new RuleOutcome.Suppress("ctx.breach", "義務違反の態様（拒み・怠り・違反等）を述べる文言で、義務そのものは他の規定にある。");
        var rest = context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 70));
        // A request (閲覧の請求があつたときは、…拒んではならない) is how a viewing duty is phrased, so it is no mere condition.
        if (Intent().IsMatch(after) || LongIntent().IsMatch(rest) || (cue.Category != RegulationCategory.InPersonCourse && Doer().IsMatch(rest)) || (cue.Category != RegulationCategory.VisitView && Condition().IsMatch(after))
            || (cue.Category is not (RegulationCategory.InPersonCourse or RegulationCategory.Resident) && (Participle().IsMatch(after) || (context.Text[cue.End - 1] == 'る' && Noun().IsMatch(after))) && !Qualification().IsMatch(rest)))
            return new RuleOutcome.Suppress("ctx.condition", "「〜しようとするとき」「〜した者は」等の条件・主語を述べる文言で、その行為自体を求めるものではない。");
        // A course cue carries its own act (講習を受けなければ, 講習を修了): 「次条の規定による講習を修了した者」 requires it here.
        if (cue.Category != RegulationCategory.InPersonCourse && (ByProvision().IsMatch(before) || Previous().IsMatch(before)))
            return new RuleOutcome.Suppress(Id, "他の規定（前項・第〇条等）による手続を引用しているにとどまる。");
        return null;
    }

    [GeneratedRegex("^[^。、]{0,8}?(を拒み|を拒ん|拒み、|が拒まれ|を拒まれ|を妨げ|を忌避|をせず|をしないで|を怠|に応ぜず|に違反|しなかつた|しなかった|せず、|虚偽の)")]
    private static partial Regex Breach();

    [GeneratedRegex("^[^、。]{0,12}?(とき|場合)(は|に|、|で)|^[^、。]{0,3}?た(場合|とき|後)")]
    private static partial Regex Condition();

    /// <summary>…検査をさせ、又は質問をさせようとした場合において / …監督をしているものは: who or when, across commas.</summary>
    [GeneratedRegex("^[^。]{0,60}?ようとした場合|^[^。]{0,25}?ている(者|もの)は|^[^。]{0,30}?に当た(つ|っ)ては")]
    private static partial Regex LongIntent();

    /// <summary>…土地に立ち入つて測量を行う者は、: the act describes who the sentence is about.</summary>
    [GeneratedRegex("^[^、。]{0,20}?(者|もの)は、")]
    private static partial Regex Doer();

    /// <summary>掲示したポスター, 押印した書面: the act describes a thing; the sentence requires something else.</summary>
    [GeneratedRegex("^[^、。]{0,3}?た[一-龥ァ-ヶー]")]
    private static partial Regex Participle();

    /// <summary>掲示するポスター: a verb in its dictionary form right before a noun modifies that noun.</summary>
    [GeneratedRegex("^[一-龥ァ-ヶー]")]
    private static partial Regex Noun();

    [GeneratedRegex("でなければ|のうちから|であること|に限る")]
    private static partial Regex Qualification();

    [GeneratedRegex("違反して$")]
    private static partial Regex Violating();

    [GeneratedRegex("^[^、。]{0,4}?(てはならない|ではならない|てはならず|ではならず)")]
    private static partial Regex DutyToAccept();

    [GeneratedRegex("^[^、。]{0,4}?ようと(する|し)|^[^、。]{0,3}?た(者|もの)(は|が)|^[^、。]{0,3}?たもの(又は|及び|が|を|、)")]
    private static partial Regex Intent();

    [GeneratedRegex("の規定(により|に基づき|に従い|に従つて)、?$|の規定(による|に基づく)[^、。]{0,20}$")]
    private static partial Regex ByProvision();

    [GeneratedRegex("(前項|同項|前条|同条|前各項|前号|同号|前二項|前三項)の$")]
    private static partial Regex Previous();
}
