namespace Tenken.Core.Drafting.Units;

/// <summary>
/// Finds the text a cited 条・項・号 (and part) covers in an amendable article. Failures come back as a Japanese reason
/// naming the citation, never as an exception.
/// </summary>
public static class UnitResolver
{
    /// <summary>
    /// The segments of <paramref name="path"/>. Units in <paramref name="skip"/> (cited by other clauses of the same
    /// sentence) are left out of a whole unit that contains them: 第一項中… 、同項第五号中… leaves 第五号 to its own clause.
    /// </summary>
    public static IReadOnlyList<TextSegment>? Resolve(AmendableArticle article, UnitPath path, string citation, out string? error, IReadOnlySet<UnitNode>? skip = null)
    {
        error = null;
        if (path.Article != article.Source.Num || path.Supplementary != (article.Source.Provision == Documents.ProvisionKind.Supplementary))
        {
            error = $"{citation}は、この条（{article.Source.Title}）ではありません。";
            return null;
        }
        if (path.Part == UnitPart.Heading)
        {
            if (string.IsNullOrEmpty(article.Caption))
                error = $"{citation}: この条には見出しがありません。";
            return error is null ? [new TextSegment(null, TextSegment.OwnText, 0, article.Caption!.Length)] : null;
        }
        var nodes = Nodes(article, path, citation, out error);
        if (nodes is null)
            return null;
        var segments = new List<TextSegment>();
        if (path.Part == UnitPart.WithHeading && !string.IsNullOrEmpty(article.Caption))
            segments.Add(new TextSegment(null, TextSegment.OwnText, 0, article.Caption.Length));
        if (path.Part is UnitPart.Whole or UnitPart.WithHeading)
        {
            foreach (var node in nodes.SelectMany(n => Subtree(n, skip)))
                AddOwn(segments, node);
            return segments;
        }
        if (nodes.Count != 1)
        {
            error = $"{citation}: 項が複数ある条の{PartName(path.Part)}は、項を指定してください。";
            return null;
        }
        var own = nodes[0];
        if (path.Part == UnitPart.Lead)
        {
            AddOwn(segments, own);
            return segments;
        }
        var range = Split(own.Text, path.Part);
        if (range is not { } r)
        {
            error = $"{citation}: {PartName(path.Part)}に当たる部分がありません。";
            return null;
        }
        segments.Add(new TextSegment(own, TextSegment.OwnText, r.Start, r.End));
        return segments;
    }

    private static IEnumerable<UnitNode> Subtree(UnitNode node, IReadOnlySet<UnitNode>? skip)
    {
        yield return node;
        foreach (var child in node.Children)
        {
            if (skip is not null && skip.Contains(child))
                continue;
            foreach (var n in Subtree(child, skip))
                yield return n;
        }
    }

    /// <summary>The 項 or item nodes a path names (every 項 for a whole article); null with a reason when absent.</summary>
    public static List<UnitNode>? Nodes(AmendableArticle article, UnitPath path, string citation, out string? error)
    {
        error = null;
        List<UnitNode> scope;
        if (path.Paragraph > 0)
        {
            var index = article.Paragraphs.FindIndex(p => p.Paragraph!.Num == path.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (index < 0 && path.Paragraph <= article.Paragraphs.Count)
                index = path.Paragraph - 1;
            if (index < 0)
            {
                error = $"{citation}: この条にその項がありません。";
                return null;
            }
            scope = [article.Paragraphs[index]];
        }
        else
            scope = article.Paragraphs;
        if (path.Items.Count == 0)
            return scope;
        // 第三条第二号 in an article of several 項 names an item of the 項 that has it (the first, by convention).
        var current = scope.Select(p => Find(p.Children, path.Items[0], true)).FirstOrDefault(n => n is not null);
        for (var i = 1; current is not null && i < path.Items.Count; i++)
            current = Find(current.Children, path.Items[i], false);
        if (current is null)
        {
            error = $"{citation}: 指定された号（{string.Join("", path.Items)}）がこの条にありません。";
            return null;
        }
        return [current];
    }

    private static UnitNode? Find(List<UnitNode> children, string label, bool byNum) =>
        children.FirstOrDefault(c => byNum ? c.Item!.Num == label || ItemLabels.Same(c.Item.Title, label) : ItemLabels.Same(c.Item!.Title, label));

    private static void AddOwn(List<TextSegment> segments, UnitNode node)
    {
        segments.Add(TextSegment.Whole(node));
        for (var r = 0; r < node.Rows.Count; r++)
            segments.Add(new TextSegment(node, r, 0, node.Rows[r].Length));
    }

    /// <summary>The range of 本文, ただし書, 前段 or 後段 in a unit's own text; null when the text has no such part.</summary>
    internal static (int Start, int End)? Split(string text, UnitPart part)
    {
        var boundaries = SentenceStarts(text);
        switch (part)
        {
            case UnitPart.Body or UnitPart.Proviso:
                var proviso = boundaries.FirstOrDefault(b => b > 0 && (text.AsSpan(b).StartsWith("ただし") || text.AsSpan(b).StartsWith("但し")));
                if (proviso <= 0)
                    return null;
                return part == UnitPart.Body ? (0, proviso) : (proviso, text.Length);
            case UnitPart.First or UnitPart.Second:
                var second = boundaries.FirstOrDefault(b => b > 0 && b < text.Length);
                if (second <= 0)
                    return null;
                return part == UnitPart.First ? (0, second) : (second, text.Length);
            default:
                return (0, text.Length);
        }
    }

    /// <summary>Offsets where a sentence starts: 0 and every place after a 。 outside brackets.</summary>
    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '（' or '「' or '(')
                depth++;
            else if (c is '）' or '」' or ')')
                depth = Math.Max(0, depth - 1);
            else if (c == '。' && depth == 0 && i + 1 < text.Length)
                starts.Add(i + 1);
        }
        return starts;
    }

    private static string PartName(UnitPart part) => part switch
    {
        UnitPart.Lead => "各号列記以外の部分",
        UnitPart.Body => "本文",
        UnitPart.Proviso => "ただし書",
        UnitPart.First => "前段",
        UnitPart.Second => "後段",
        _ => "部分",
    };
}
