using Tenken.Core.Documents;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting;

/// <summary>
/// The check every draft passes before it is shown: its 改め文 is read back with Tenken's own parser and applied to
/// the article as it stands. A draft is refused when a sentence cannot be read, a quoted phrase does not occur in
/// the cited 条・項・号, the after text changes something outside the cited units, or the result differs from the
/// after text. Returns the reason in Japanese, or null when the draft holds.
/// </summary>
public static class DraftCheck
{
    public static string? Verify(Article before, string after, IReadOnlyList<string> aratamebun, NumeralStyle style)
    {
        var clauses = new List<AmendClause>();
        foreach (var sentence in aratamebun)
        {
            var parsed = AratamebunParser.Parse(sentence);
            if (!parsed.Ok)
                return $"改め文が読めません（{parsed.Error}）";
            clauses.AddRange(parsed.Clauses);
        }
        var article = new AmendableArticle(before);
        var problems = AratamebunApplier.Apply(article, clauses, style);
        if (problems.Count > 0)
            return string.Join(" ", problems);
        var outside = ChangedOutside(before, after, clauses);
        if (outside is not null)
            return outside;
        var result = article.ToArticle().Text;
        return result == after ? null : $"改め文を適用した結果が改正後の条文と一致しません（{FirstDifference(result, after)}）。";
    }

    /// <summary>
    /// Compares the after text with the before text line by line (the layout puts each 項 and item on its own line)
    /// and names the first changed line that no cited unit covers.
    /// </summary>
    private static string? ChangedOutside(Article before, string after, List<AmendClause> clauses)
    {
        var beforeLines = before.Text.Split('\n');
        var afterLines = after.Split('\n');
        if (beforeLines.Length != afterLines.Length)
            return "改正後の条文の項・号の数が改正前と違います（草案は語句の改正だけを行います）。";
        var covered = CoveredLines(before, clauses);
        for (var i = 0; i < beforeLines.Length; i++)
        {
            if (beforeLines[i] != afterLines[i] && !covered.Contains(i))
                return $"引用した条・項・号の外（{i + 1}行目「{Excerpt(beforeLines[i])}」）が変わっています。";
        }
        return null;
    }

    /// <summary>The line numbers of the article text that belong to the cited units (a whole unit with its items).</summary>
    private static HashSet<int> CoveredLines(Article before, List<AmendClause> clauses)
    {
        var article = new AmendableArticle(before);
        var lineOf = new Dictionary<UnitNode, (int First, int Last)>();
        var line = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Paragraph!.Caption is { Length: > 0 })
                line++;
            line = Lines(paragraph, line, lineOf);
        }
        var covered = new HashSet<int>();
        foreach (var clause in clauses)
        {
            foreach (var node in UnitResolver.Nodes(article, clause.Target, "", out _) ?? [])
            {
                var (first, last) = lineOf[node];
                if (clause.Target.Part is not (UnitPart.Whole or UnitPart.WithHeading))
                    last = first + node.Rows.Count;
                for (var l = first; l <= last; l++)
                    covered.Add(l);
            }
        }
        return covered;
    }

    private static int Lines(UnitNode node, int line, Dictionary<UnitNode, (int, int)> lineOf)
    {
        var first = line;
        line += 1 + node.Rows.Count;
        foreach (var child in node.Children)
            line = Lines(child, line, lineOf);
        lineOf[node] = (first, line - 1);
        return line;
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
            i++;
        return $"{i + 1}文字目から、適用結果「{Excerpt(a[i..])}」、改正後「{Excerpt(b[i..])}」";
    }

    private static string Excerpt(string text) => text.Length > 24 ? text[..24] + "…" : text;
}
