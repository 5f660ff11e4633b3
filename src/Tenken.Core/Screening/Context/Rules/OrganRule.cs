using System.Text.RegularExpressions;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// Duties between organs (大臣は…知事に通知する; 市町村長は…委員会に報告する): paper or presence between state or
/// municipal organs binds no resident or business. Needs an organ as the subject and as the addressee, and no
/// private party (…者に) in between. Organs are the <c>organ</c> lines of the lexicon. When the organ must write
/// (文書で, 書面により), the manner is fixed all the same: the cue stays with a lower confidence. Lists:
/// Data/Rules/ctx.organ.tsv (not-subject: read by the sentence classifier to find the subject).
/// </summary>
internal sealed class OrganRule(RuleBook book) : ContextRule
{
    public const string RuleId = "ctx.organ";

    private const double ExplicitFactor = 0.6;

    private readonly Regex _explicitPaper = book.Pattern(RuleId, "explicit-paper", before: "^");
    private readonly Regex _addressed = book.Pattern(RuleId, "addressed", before: "^");
    private readonly Regex _privateParty = book.Pattern(RuleId, "private-party");

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        if (cue.Category is not (RegulationCategory.Paper or RegulationCategory.Seal or RegulationCategory.InPerson))
            return null;
        var subjectSentence = context.SubjectSentence(cue.Sentence);
        var subjectEnd = context.FactsOf(subjectSentence).SubjectEnd;
        if (subjectEnd < 0)
            return null;
        var subject = context.HitsIn(LexiconRole.Organ, subjectSentence).Where(h => h.End == subjectEnd).Select(h => context.Text[h.Start..h.End]).FirstOrDefault();
        if (subject is null)
            return null;
        var windowStart = Math.Max(cue.Sentence.Start, cue.Start - 40);
        var windowEnd = Math.Min(cue.Sentence.End, cue.End + 20);
        foreach (var h in context.HitsIn(LexiconRole.Organ, cue.Sentence))
        {
            if (h.Start < windowStart || h.End > windowEnd || h.Start < subjectEnd)
                continue;
            if (!_addressed.IsMatch(context.Slice(h.End, h.End + 4)))
                continue;
            var between = context.Slice(Math.Min(h.End, cue.Start), Math.Max(h.End, cue.End));
            if (_privateParty.IsMatch(between))
                continue;
            // 文書で・書面により fix the manner even between organs: a finding, but a soft one.
            if (_explicitPaper.IsMatch(context.Text.AsSpan(cue.Start, cue.End - cue.Start)))
                return new RuleOutcome.Adjust(Id, ExplicitFactor, $"{subject}から{context.Text[h.Start..h.End]}への行政機関相互間の手続だが、文書によることを定めている");
            return new RuleOutcome.Suppress(Id, $"{subject}から{context.Text[h.Start..h.End]}への行政機関相互間の手続であり、住民・事業者に方法を課していない。");
        }
        return null;
    }
}
