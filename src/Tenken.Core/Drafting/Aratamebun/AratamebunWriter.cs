using System.Text;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>
/// Writes the 改め文 sentence for the clauses of one article, as municipalities and the Diet write them: units in
/// order, later units of the same article as 同条第N項 / 同項第N号, consecutive changes of one kind joined
/// (「A」を「B」に、「C」を「D」に改め), the last verb ending the sentence (改める。 / 加える。 / 削る。).
/// </summary>
public static class AratamebunWriter
{
    public static string Write(IReadOnlyList<AmendClause> clauses, NumeralStyle style)
    {
        var sb = new StringBuilder();
        UnitPath? previous = null;
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            if (c > 0)
                sb.Append('、');
            sb.Append(UnitCitation.Format(clause.Target, style, previous)).Append('中');
            previous = clause.Target;
            var groups = Groups(clause.Changes);
            for (var g = 0; g < groups.Count; g++)
            {
                if (g > 0)
                    sb.Append('、');
                var last = c == clauses.Count - 1 && g == groups.Count - 1;
                WriteGroup(sb, groups[g], last);
            }
        }
        return sb.Append('。').ToString();
    }

    private static List<List<TextChange>> Groups(IReadOnlyList<TextChange> changes)
    {
        var groups = new List<List<TextChange>>();
        foreach (var change in changes)
        {
            if (groups.Count > 0 && groups[^1][0].Kind == change.Kind)
                groups[^1].Add(change);
            else
                groups.Add([change]);
        }
        return groups;
    }

    private static void WriteGroup(StringBuilder sb, List<TextChange> group, bool last)
    {
        switch (group[0].Kind)
        {
            case ChangeKind.Replace:
                sb.AppendJoin('、', group.Select(c => $"「{c.Quote}」を「{c.Text}」に"));
                sb.Append(last ? "改める" : "改め");
                break;
            case ChangeKind.Insert:
                sb.AppendJoin('、', group.Select(c => $"「{c.Quote}」の次に「{c.Text}」を"));
                sb.Append(last ? "加える" : "加え");
                break;
            default:
                var quotes = group.Select(c => $"「{c.Quote}」").ToList();
                sb.Append(quotes.Count == 1 ? quotes[0] : string.Join("、", quotes[..^1]) + "及び" + quotes[^1]);
                sb.Append(last ? "を削る" : "を削り");
                break;
        }
    }
}
