using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening;

/// <summary>Placeholder cue lexicon until the rule engine lands: plain keyword matches per category.</summary>
internal sealed class KeywordLexicon(IReadOnlyList<(RegulationCategory Category, string Term)> terms)
{
    public static KeywordLexicon Load(IReadOnlyList<string> files, DiagnosticBag diagnostics) =>
        new([
            (RegulationCategory.Visual, "目視"), (RegulationCategory.OnsiteAudit, "立入検査"), (RegulationCategory.OnsiteAudit, "立ち入り"),
            (RegulationCategory.Periodic, "定期検査"), (RegulationCategory.Resident, "常駐"), (RegulationCategory.Resident, "専任"),
            (RegulationCategory.InPersonCourse, "講習"), (RegulationCategory.Posting, "掲示"), (RegulationCategory.VisitView, "閲覧"),
            (RegulationCategory.VisitView, "縦覧"), (RegulationCategory.Media, "磁気ディスク"), (RegulationCategory.Paper, "書面"),
            (RegulationCategory.Seal, "押印"), (RegulationCategory.InPerson, "出頭"),
        ]);

    public IEnumerable<(RegulationCategory Category, Cue Cue)> Match(string text)
    {
        foreach (var (category, term) in terms)
        {
            for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
                yield return (category, new Cue(term, i, i + term.Length, $"lex.{category.Code()}.{term}"));
        }
    }
}
