using System.Text.RegularExpressions;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Patterns;

/// <summary>
/// One line of a pattern file (docs/draft-patterns.md): where a finding of <see cref="Category"/> has a cue, the words
/// <see cref="Match"/> finds there become <see cref="Replacement"/> (with $1, ${name} from the match). A line whose
/// 改正後 is 「要個別検討:理由」 drafts nothing: the finding is listed as 要個別検討 with that reason.
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
    public const string ManualPrefix = "要個別検討:";

    /// <summary>The reason to list the finding as 要個別検討 instead of drafting it; null for a pattern that drafts.</summary>
    public string? ManualReason => Replacement.StartsWith(ManualPrefix, StringComparison.Ordinal) ? Replacement[ManualPrefix.Length..].Trim() : null;

    public bool AppliesTo(bool national) => Scope switch
    {
        PatternScope.National => national,
        PatternScope.Municipal => !national,
        _ => true,
    };
}
