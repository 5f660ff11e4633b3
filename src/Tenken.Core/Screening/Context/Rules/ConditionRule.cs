using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue states a condition or describes who or what the sentence is about (…しようとする者, …するときは,
/// …した者は, 掲示したポスター): the act itself is not required. Two conditions stay as soft findings: a paper proof
/// handed in (<see cref="ProofPaperId"/>) and an inspection no other provision grants (<see cref="ImpliedId"/>).
/// Lists: Data/Rules/ctx.condition.tsv.
/// </summary>
internal sealed class ConditionRule(RuleBook book, CueSurroundings surroundings) : ContextRule
{
    public const string RuleId = "ctx.condition";

    /// <summary>Rule id of a paper proof asked for inside a condition; later rules (reference, proviso, duty) let it stand.</summary>
    public const string ProofPaperId = "ctx.proof-paper";

    /// <summary>Rule id of an inspection refused in a condition with no provision granting it elsewhere.</summary>
    public const string ImpliedId = "ctx.implied-inspection";

    private const double ProofPaperFactor = 0.75;

    private const double ImpliedFactor = 0.6;

    private readonly Regex _intent = book.Pattern(RuleId, "intent");
    private readonly Regex _longIntent = book.Pattern(RuleId, "long-intent");
    private readonly Regex _doer = book.Pattern(RuleId, "doer", before: "^[^、。]{0,20}?", after: "は、");
    private readonly Regex _condition = book.Pattern(RuleId, "condition");
    private readonly Regex _participle = book.Pattern(RuleId, "participle");
    private readonly Regex _noun = book.Pattern(RuleId, "noun");
    private readonly Regex _qualification = book.Pattern(RuleId, "qualification");
    private readonly Regex _impliedIntent = book.Pattern(RuleId, "implied-intent");
    private readonly Regex _citedPower = book.Pattern(RuleId, "cited-power");
    private readonly Regex _proof = book.Pattern(RuleId, "proof");
    private readonly Regex _handedIn = book.Pattern(RuleId, "handed-in");
    private readonly Regex _passive = book.Pattern(RuleId, "passive", before: "^");
    private readonly Regex _paperForm = book.Pattern(RuleId, "paper-form");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        // 処分を書面でするときは、理由も書面により示さなければならない: the paper follows a form chosen elsewhere.
        if (cue.Category == RegulationCategory.Paper && _paperForm.IsMatch(context.Slice(cue.Sentence.Start, cue.Start)))
            return new RuleOutcome.Suppress(Id, "書面でする場合に限った定めで、書面によること自体を課していない。");
        var (_, after, rest) = surroundings.Read(cue, context);
        // A request (閲覧の請求があつたときは、…拒んではならない) is how a viewing duty is phrased, so it is no mere condition.
        // A dictionary form (…する) right before a noun modifies that noun (掲示するポスター).
        if (!(_intent.IsMatch(after) || _longIntent.IsMatch(rest) || (cue.Category != RegulationCategory.InPersonCourse && _doer.IsMatch(rest))
            || (cue.Category != RegulationCategory.VisitView && _condition.IsMatch(after))
            || (cue.Category is not (RegulationCategory.InPersonCourse or RegulationCategory.Resident)
                && ((_participle.IsMatch(after) && !_condition.IsMatch(after)) || (context.Text[cue.End - 1] == 'る' && _noun.IsMatch(after)))
                && !_qualification.IsMatch(rest))))
            return null;
        if (IsImpliedInspection(cue, context, rest))
            return new RuleOutcome.Adjust(ImpliedId, ImpliedFactor, "検査を拒まれた場合の定めだが、検査の権限は他の規定によらずこの条が前提としている");
        // 「その結果を証明する書面を提出したときは」「書類を添付した申請書」: the condition itself asks for a paper proof;
        // …に添付された書類 (passive) describes a paper already handed in.
        if (IsProofPaper(cue, context) && !_passive.IsMatch(after))
            return new RuleOutcome.Adjust(ProofPaperId, ProofPaperFactor, "条件・要件として証明書面の提出・添付を求めている");
        return new RuleOutcome.Suppress(Id, "「〜しようとするとき」「〜した者は」等の条件・主語を述べる文言で、その行為自体を求めるものではない。");
    }

    /// <summary>
    /// 「大臣が、その職員に、…事務所において帳簿書類を検査させようとした場合において、その検査が拒まれたとき」 with no
    /// provision cited: no other article grants the inspection (foreign registrants), so this clause is where it lives.
    /// </summary>
    private bool IsImpliedInspection(CueCandidate cue, ArticleContext context, string rest) =>
        cue.Category == RegulationCategory.OnsiteAudit && _impliedIntent.IsMatch(context.Slice(cue.Start, cue.End + rest.Length))
        && !_citedPower.IsMatch(context.Slice(cue.Sentence.Start, cue.Start));

    /// <summary>
    /// A PAPER cue that hands in or attaches a paper proof (証明する書面を提出, 書類を添付, 写しを添え); a proof only named
    /// (…を証する書面の送付がない場合) is not one.
    /// </summary>
    private bool IsProofPaper(CueCandidate cue, ArticleContext context) =>
        cue.Category == RegulationCategory.Paper && _proof.IsMatch(context.Slice(cue.Start - 8, cue.End))
        && _handedIn.IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start));
}
