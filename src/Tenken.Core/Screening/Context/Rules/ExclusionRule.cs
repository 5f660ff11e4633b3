using System.Text.RegularExpressions;
using Tenken.Core.Screening.Lexicon;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The cue is part of a longer word that is not a requirement: an <c>exclude</c> line of the lexicon (副本部長,
/// 電子署名, 道路標識 …) covers it, or it is the start of a post or office title (…部長, …係).
/// </summary>
internal sealed partial class ExclusionRule : ContextRule
{
    public override string Id => "ctx.exclude";

    public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context)
    {
        foreach (var hit in context.HitsOf(LexiconRole.Exclude, cue.Category))
        {
            if (hit.Overlaps(cue.Start, cue.End))
            {
                var note = hit.Entry.Note.Length > 0 ? $"（{hit.Entry.Note}）" : "";
                return new RuleOutcome.Suppress(Id, $"「{context.Text[hit.Start..hit.End]}」の一部で、規制の文言ではない{note}。");
            }
        }
        var after = context.Slice(cue.End, cue.End + 4);
        if (Title().IsMatch(after))
            return new RuleOutcome.Suppress("ctx.title", $"「{context.Slice(cue.Start, cue.End + 3)}」は役職・組織の名称で、規制の文言ではない。");
        return null;
    }

    [GeneratedRegex("^(本部長|部長|課長|係長|局長|室長|官(?!公)|係(?!る)|員(?!数))")]
    private static partial Regex Title();
}
