using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// One line of a lexicon file: the category (null for <c>*</c>), the pattern as written, its role and weight, a note
/// for reviewers, and where it came from (file and line), so a finding can name the line that made it.
/// </summary>
public sealed record LexiconEntry(
    RegulationCategory? Category,
    string Pattern,
    LexiconRole Role,
    double Weight,
    string Note,
    string Source,
    int Line)
{
    /// <summary>Rule id reported in findings: <c>lex:&lt;CODE&gt;:&lt;pattern&gt;</c> (<c>*</c> when no category).</summary>
    public string RuleId { get; } = $"lex:{(Category is { } c ? c.Code() : "*")}:{Pattern}";

    public bool Applies(RegulationCategory category) => Category is null || Category == category;
}
