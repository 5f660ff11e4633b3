using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue only refers to a duty stated elsewhere: 「第十条の規定による立入検査を拒み」, 「出頭を求められてこれに応ぜず」,
/// 「前項の書面」. The referenced provision carries the finding.
/// </summary>
internal sealed partial class ReferenceRule : ContextRule
{
    /// <summary>Rule id of a paper proof asked for inside a condition; later rules (proviso, duty) let it stand.</summary>
    public const string ProofPaperId = "ctx.proof-paper";

    private const double ProofPaperFactor = 0.75;

    public override string Id => "ctx.reference";

    private const string Number = Basis.ArticleCitations.NumberPattern;

    /// <summary>The 14 characters after the cue; a slice cut short of the sentence end gets a mark, so that $ means the end.</summary>
    private static string After(ArticleContext context, CueCandidate cue, int from)
    {
        var end = Math.Min(cue.Sentence.End, from + 14);
        var text = context.Slice(from, end);
        return end < cue.Sentence.End ? text + "…" : text.TrimEnd('。', '\n');
    }

    private const string ImpliedId = "ctx.implied-inspection";

    private const double ImpliedFactor = 0.6;

    /// <summary>
    /// 「大臣が、その職員に、…事務所において帳簿書類を検査させようとした場合において、その検査が拒まれたとき」 with no
    /// provision cited: no other article grants the inspection (foreign registrants), so this clause is where it lives.
    /// </summary>
    private static bool IsImpliedInspection(CueCandidate cue, ArticleContext context, string rest) =>
        cue.Category == RegulationCategory.OnsiteAudit && ImpliedIntent().IsMatch(context.Slice(cue.Start, cue.End + rest.Length))
        && !CitedPower().IsMatch(context.Slice(cue.Sentence.Start, cue.Start));

    /// <summary>
    /// A PAPER cue that hands in or attaches a paper proof (証明する書面を提出, 書類を添付, 写しを添え); a proof only named
    /// (…を証する書面の送付がない場合) is not one.
    /// </summary>
    internal static bool IsProofPaper(CueCandidate cue, ArticleContext context) =>
        cue.Category == RegulationCategory.Paper && ProofPaper().IsMatch(context.Slice(cue.Start - 8, cue.End))
        && HandedIn().IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start));

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var before = context.Slice(cue.Start - 12, cue.Start);
        // 立入検査、質問又は収去をする場合: the words listed with the cue share its role in the sentence.
        var listed = Listed().Match(context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 40)));
        var after = After(context, cue, cue.End + (listed.Success ? listed.Length : 0));
        if ((Breach().IsMatch(after) && !DutyToAccept().IsMatch(after)) || Violating().IsMatch(before))
            return new RuleOutcome.Suppress("ctx.breach", "義務違反の態様（拒み・怠り・違反等）を述べる文言で、義務そのものは他の規定にある。");
        var rest = context.Slice(cue.End + (listed.Success ? listed.Length : 0), Math.Min(cue.Sentence.End, cue.End + 70));
        // A request (閲覧の請求があつたときは、…拒んではならない) is how a viewing duty is phrased, so it is no mere condition.
        if (Intent().IsMatch(after) || LongIntent().IsMatch(rest) || (cue.Category != RegulationCategory.InPersonCourse && Doer().IsMatch(rest)) || (cue.Category != RegulationCategory.VisitView && Condition().IsMatch(after))
            || (cue.Category is not (RegulationCategory.InPersonCourse or RegulationCategory.Resident) && ((Participle().IsMatch(after) && !Condition().IsMatch(after)) || (context.Text[cue.End - 1] == 'る' && Noun().IsMatch(after))) && !Qualification().IsMatch(rest)))
        {
            // 「その結果を証明する書面を提出したときは」「書類を添付した申請書」: the condition itself asks for a paper proof.
            if (IsImpliedInspection(cue, context, rest))
                return new RuleOutcome.Adjust(ImpliedId, ImpliedFactor, "検査を拒まれた場合の定めだが、検査の権限は他の規定によらずこの条が前提としている");
            // …に添付された書類 (passive) describes a paper already handed in; …を添付した申請書 still asks for it.
            if (IsProofPaper(cue, context) && !after.StartsWith("され", StringComparison.Ordinal))
                return new RuleOutcome.Adjust(ProofPaperId, ProofPaperFactor, "条件・要件として証明書面の提出・添付を求めている");
            return new RuleOutcome.Suppress("ctx.condition", "「〜しようとするとき」「〜した者は」等の条件・主語を述べる文言で、その行為自体を求めるものではない。");
        }
        // A course cue carries its own act (講習を受けなければ, 講習を修了): 「次条の規定による講習を修了した者」 requires it here.
        var head = context.Slice(Math.Max(cue.Sentence.Start, cue.Start - 40), cue.Start);
        if (cue.Category != RegulationCategory.InPersonCourse && (ByProvision().IsMatch(before) || Previous().IsMatch(before)
            || (IsAct(cue.Category) && (NamedBy().IsMatch(head) || before.EndsWith("当該", StringComparison.Ordinal)))))
            return new RuleOutcome.Suppress(Id, "他の規定（前項・第〇条等）による手続を引用しているにとどまる。");
        return null;
    }

    [GeneratedRegex("^[^。、]{0,8}?(を拒み|を拒ん|拒み、|が拒まれ|を拒まれ|を妨げ|を忌避|をせず|をしないで|を怠|に応ぜず|に違反|しなかつた|しなかった|せず、|虚偽の)")]
    private static partial Regex Breach();

    [GeneratedRegex("^[^、。]{0,12}?(とき|場合)(は|に|、|で|$)|^[^、。]{0,3}?た(場合|とき|後)")]
    private static partial Regex Condition();

    /// <summary>…検査をさせ、又は質問をさせようとした場合において / …監督をしているものは: who or when, across commas.</summary>
    [GeneratedRegex("^[^。]{0,60}?ようとした場合|^[^。]{0,40}?(させ|行わせ)た場合において|^[^。]{0,25}?ている(者|もの)は|^[^。]{0,30}?に当た(つ|っ)ては")]
    private static partial Regex LongIntent();

    /// <summary>…土地に立ち入つて測量を行う者は、: the act describes who the sentence is about.</summary>
    [GeneratedRegex("^[^、。]{0,20}?(者|もの|職員)は、")]
    private static partial Regex Doer();

    /// <summary>掲示したポスター, 押印した書面: the act describes a thing; the sentence requires something else.</summary>
    [GeneratedRegex("^[^、。]{0,3}?た[一-龥ァ-ヶー]")]
    private static partial Regex Participle();

    /// <summary>掲示するポスター: a verb in its dictionary form right before a noun modifies that noun.</summary>
    [GeneratedRegex("^[一-龥ァ-ヶー]")]
    private static partial Regex Noun();

    [GeneratedRegex("でなければ|のうちから|であること|に限る")]
    private static partial Regex Qualification();

    /// <summary>
    /// Categories whose cue names the official act itself (立入検査, 実地調査, 定期検査): 「当該立入検査」 or 「第九項に規定する
    /// 立入検査」 points back at it. For paper or posting the cue names the document (当該許可証を携帯), which is the duty.
    /// </summary>
    private static bool IsAct(RegulationCategory category) =>
        category is RegulationCategory.OnsiteAudit or RegulationCategory.Visual or RegulationCategory.Periodic;

    [GeneratedRegex("^[^。]{0,90}?させようとした場合")]
    private static partial Regex ImpliedIntent();

    [GeneratedRegex("証する|証明する|証すべき|添付|添え|添附")]
    private static partial Regex ProofPaper();

    [GeneratedRegex("提出|添付|添え|添附|提示")]
    private static partial Regex HandedIn();

    /// <summary>…の規定により / …の規定に基づき: the inspection rests on a provision cited in the clause.</summary>
    [GeneratedRegex("規定によ|規定に基づ")]
    private static partial Regex CitedPower();

    [GeneratedRegex("違反して$")]
    private static partial Regex Violating();

    [GeneratedRegex("^[^、。]{0,4}?(てはならない|ではならない|てはならず|ではならず)")]
    private static partial Regex DutyToAccept();

    [GeneratedRegex("^[^、。]{0,4}?ようと(する|し)|^[^、。]{0,3}?た(者|もの)(は|が)|^[^、。]{0,3}?たもの(又は|及び|が|を|、)")]
    private static partial Regex Intent();

    [GeneratedRegex("の規定(により|に基づき|に従い|に従つて)、?$|の規定(による|に基づく)(若しくは|又は|及び|並びに|[^、。にをでがはて]){0,20}$|の規定(によつて|によって|により)行(う|われる)$")]
    private static partial Regex ByProvision();

    [GeneratedRegex("(前項|同項|前条|同条|前各項|前号|同号|前二項|前三項)の$|第" + Number + "条(の" + Number + ")*(第" + Number + "項)?の$")]
    private static partial Regex Previous();

    /// <summary>
    /// 第十条の規定による報告の徴収若しくは立入検査 / 第九項に規定する立入検査: the cue heads a noun phrase that names
    /// another provision's act (only nouns and の・若しくは between, no particle that would open a clause).
    /// </summary>
    [GeneratedRegex("(の規定(による|に基づく)|に規定する)(若しくは|又は|及び|並びに|[^、。にをでがはて]){0,20}$")]
    private static partial Regex NamedBy();

    /// <summary>、質問又は収去 / 若しくは質問: nouns listed after the cue.</summary>
    [GeneratedRegex("^((、[一-龥ァ-ヶー]{1,8})*(又は|若しくは|及び|並びに)[一-龥ァ-ヶー]{1,8})+")]
    private static partial Regex Listed();
}
