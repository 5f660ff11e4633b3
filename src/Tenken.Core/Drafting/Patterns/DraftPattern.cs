using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Patterns;

/// <summary>
/// One line of a pattern file (docs/draft-patterns.md): where a finding of <see cref="Category"/> has a cue, the words
/// <see cref="Match"/> finds there become <see cref="Replacement"/> (with $1, ${name} from the match).
/// </summary>
public sealed record DraftPattern(
    RegulationCategory Category,
    string Name,
    Regex Match,
    string Replacement,
    PatternScope Scope,
    string Note,
    string Source,
    int Line)
{
    public bool AppliesTo(bool national) => Scope switch
    {
        PatternScope.National => national,
        PatternScope.Municipal => !national,
        _ => true,
    };
}
