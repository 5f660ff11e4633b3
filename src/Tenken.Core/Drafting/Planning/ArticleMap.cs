using Tenken.Core.Documents;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting.Planning;

/// <summary>
/// Where each 項's and item's own text and table rows sit in <see cref="Article.Text"/>, walking the layout of
/// <see cref="ArticleText"/>; <see cref="Valid"/> is false when a reader built the text another way.
/// </summary>
internal sealed class ArticleMap
{
    private readonly List<(int Start, int Length, UnitNode Node, int Row)> _spans = [];

    public ArticleMap(AmendableArticle article)
    {
        var offset = 0;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var node = article.Paragraphs[i];
            var p = node.Paragraph!;
            if (p.Caption is { Length: > 0 })
                offset += NewLine(offset) + p.Caption.Length;
            if (i > 0 || p.Caption is { Length: > 0 })
                offset += NewLine(offset);
            if (p.NumText.Length > 0)
                offset += p.NumText.Length + 1;
            offset = Own(node, offset, 1);
        }
        Valid = offset == article.Source.Text.Length;
    }

    public bool Valid { get; }

    /// <summary>The node and segment holding [start, end) of the article text, with the start inside it; null when none does.</summary>
    public (UnitNode Node, int Row, int Offset)? Locate(int start, int end)
    {
        foreach (var (s, length, node, row) in _spans)
        {
            if (start >= s && end <= s + length)
                return (node, row, start - s);
        }
        return null;
    }

    private int Own(UnitNode node, int offset, int rowDepth)
    {
        _spans.Add((offset, node.Text.Length, node, TextSegment.OwnText));
        offset += node.Text.Length;
        for (var r = 0; r < node.Rows.Count; r++)
        {
            offset += NewLine(offset) + 2 * rowDepth;
            _spans.Add((offset, node.Rows[r].Length, node, r));
            offset += node.Rows[r].Length;
        }
        foreach (var child in node.Children)
        {
            var item = child.Item!;
            offset += NewLine(offset) + 2 * item.Depth + item.Title.Length;
            if (item.Text.Length > 0)
                offset += 1;
            offset = Own(child, offset, item.Depth + 1);
        }
        return offset;
    }

    private static int NewLine(int offset) => offset > 0 ? 1 : 0;
}
