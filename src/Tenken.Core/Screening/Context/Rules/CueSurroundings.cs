using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context.Rules;

/// <summary>
/// The text around a cue that <see cref="BreachRule"/> and <see cref="ConditionRule"/> read: 12 characters before it,
/// and after it, past the nouns listed with it (立入検査、質問又は収去をする場合: list <c>listed</c> of ctx.condition),
/// 14 characters (<see cref="Surroundings.After"/>) and up to 70 characters of its sentence (<see cref="Surroundings.Rest"/>).
/// </summary>
internal sealed class CueSurroundings(RuleBook book)
{
    private readonly Regex _listed = book.Pattern(ConditionRule.RuleId, "listed");

    public Surroundings Read(CueCandidate cue, ArticleContext context)
    {
        var listed = _listed.Match(context.Slice(cue.End, Math.Min(cue.Sentence.End, cue.End + 40)));
        var from = cue.End + (listed.Success ? listed.Length : 0);
        return new Surroundings(
            context.Slice(cue.Start - 12, cue.Start),
            After(context, cue, from),
            context.Slice(from, Math.Min(cue.Sentence.End, cue.End + 70)));
    }

    /// <summary>The 14 characters after the cue; a slice cut short of the sentence end gets a mark, so that $ means the end.</summary>
    private static string After(ArticleContext context, CueCandidate cue, int from)
    {
        var end = Math.Min(cue.Sentence.End, from + 14);
        var text = context.Slice(from, end);
        return end < cue.Sentence.End ? text + "…" : text.TrimEnd('。', '\n');
    }
}

/// <summary>The text before a cue, the short and the long text after it (see <see cref="CueSurroundings"/>).</summary>
internal readonly record struct Surroundings(string Before, string After, string Rest);
