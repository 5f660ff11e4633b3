using Tenken.Core.Screening.Lexicon;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue is part of a longer word that is not a requirement: an <c>exclude</c> line of the lexicon (副本部長,
/// 電子署名, 道路標識 …) covers it. Its data is the lexicon (docs/lexicon.md), so it has no rules file.
/// </summary>
internal sealed class ExclusionRule : ContextRule
{
    public const string RuleId = "ctx.exclude";

    public override string Id => RuleId;

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        foreach (var hit in context.HitsIn(LexiconRole.Exclude, cue.Sentence))
        {
            if (hit.Entry.Applies(cue.Category) && hit.Overlaps(cue.Start, cue.End))
            {
                var note = hit.Entry.Note.Length > 0 ? $"（{hit.Entry.Note}）" : "";
                return new RuleOutcome.Suppress(Id, $"「{context.Text[hit.Start..hit.End]}」の一部で、規制の文言ではない{note}。");
            }
        }
        return null;
    }
}
