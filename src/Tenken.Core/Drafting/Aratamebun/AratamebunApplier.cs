using System.Text;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>
/// Applies 改め文 clauses to an article. Clauses apply one after another; the changes of one clause all refer to the
/// unit's text before that clause (they are not applied to each other's results), and every occurrence of a quote in
/// the cited unit changes. Where quotes overlap, the longer one is taken. Problems (a quote missing from its unit, a
/// unit the article does not have) come back as Japanese sentences; the other changes still apply.
/// </summary>
public static class AratamebunApplier
{
    public static IReadOnlyList<string> Apply(AmendableArticle article, IEnumerable<AmendClause> clauses, NumeralStyle style)
    {
        var problems = new List<string>();
        var list = clauses.ToList();
        // Units cited by some clause; a whole unit that contains one leaves it to its own clause.
        var cited = new Dictionary<UnitNode, AmendClause>();
        foreach (var clause in list.Where(c => c.Target.Article == article.Source.Num && c.Target.Part != UnitPart.Heading))
        {
            foreach (var node in UnitResolver.Nodes(article, clause.Target, "", out _) ?? [])
                cited.TryAdd(node, clause);
        }
        foreach (var clause in list)
        {
            var citation = UnitCitation.Format(clause.Target, style);
            var skip = cited.Where(c => c.Value != clause).Select(c => c.Key).ToHashSet();
            var segments = UnitResolver.Resolve(article, clause.Target, citation, out var error, skip);
            if (segments is null)
                problems.Add(error!);
            else
                ApplyClause(article, segments, clause.Changes, citation, problems);
        }
        return problems;
    }

    private static void ApplyClause(AmendableArticle article, IReadOnlyList<TextSegment> segments, IReadOnlyList<TextChange> changes, string citation, List<string> problems)
    {
        var texts = segments.Select(s => s.Read(article)).ToList();
        var found = new List<(int Segment, int Start, int Length, int Change)>();
        for (var c = 0; c < changes.Count; c++)
        {
            var quote = changes[c].Quote;
            if (quote.Length == 0)
            {
                problems.Add($"{citation}中: 空の「」は改められません。");
                continue;
            }
            for (var s = 0; s < texts.Count; s++)
            {
                for (var at = texts[s].IndexOf(quote, StringComparison.Ordinal); at >= 0; at = texts[s].IndexOf(quote, at + quote.Length, StringComparison.Ordinal))
                    found.Add((s, at, quote.Length, c));
            }
        }
        var kept = new List<(int Segment, int Start, int Length, int Change)>();
        foreach (var occurrence in found.OrderBy(o => o.Segment).ThenBy(o => o.Start).ThenByDescending(o => o.Length))
        {
            if (kept.Count > 0 && kept[^1].Segment == occurrence.Segment && occurrence.Start < kept[^1].Start + kept[^1].Length)
                continue;
            kept.Add(occurrence);
        }
        for (var c = 0; c < changes.Count; c++)
        {
            if (changes[c].Quote.Length == 0 || kept.Any(k => k.Change == c))
                continue;
            problems.Add(found.Any(f => f.Change == c)
                ? $"{citation}中の「{changes[c].Quote}」は、同じ文の他の語句と重なる位置にしかありません。"
                : $"{citation}中に「{changes[c].Quote}」がありません。");
        }
        for (var s = 0; s < texts.Count; s++)
        {
            var here = kept.Where(k => k.Segment == s).ToList();
            if (here.Count == 0)
                continue;
            var sb = new StringBuilder();
            var last = 0;
            foreach (var (_, start, length, change) in here)
            {
                sb.Append(texts[s], last, start - last).Append(changes[change].Result);
                last = start + length;
            }
            sb.Append(texts[s], last, texts[s].Length - last);
            segments[s].Write(article, sb.ToString());
        }
    }
}
