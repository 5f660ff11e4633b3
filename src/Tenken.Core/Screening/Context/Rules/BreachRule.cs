using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue describes breaking a duty stated elsewhere: 「立入検査を拒み」, 「出頭を求められてこれに応ぜず」,
/// 「第十条の規定に違反して掲示」. A duty to accept (…を拒んではならない) is no breach. Lists: Data/Rules/ctx.breach.tsv.
/// </summary>
internal sealed class BreachRule(RuleBook book, CueSurroundings surroundings) : ContextRule
{
    public const string RuleId = "ctx.breach";

    private readonly Regex _breach = book.Pattern(RuleId, "breach", before: "^[^。、]{0,8}?");
    private readonly Regex _mustAccept = book.Pattern(RuleId, "must-accept", before: "^[^、。]{0,4}?");
    private readonly Regex _violating = book.Pattern(RuleId, "violating", after: "$");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        var around = surroundings.Read(cue, context);
        return (_breach.IsMatch(around.After) && !_mustAccept.IsMatch(around.After)) || _violating.IsMatch(around.Before)
            ? new RuleOutcome.Suppress(Id, "義務違反の態様（拒み・怠り・違反等）を述べる文言で、義務そのものは他の規定にある。")
            : null;
    }
}
