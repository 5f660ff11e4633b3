namespace Tenken.Core.Drafting.Units;

/// <summary>
/// A stretch of an amendable article a 改め文 may change: part or all of a node's own text, one of its table rows, or
/// the article's caption (<see cref="Node"/> null). Quotes are searched inside one segment, never across two.
/// </summary>
public sealed record TextSegment(UnitNode? Node, int Row, int Start, int End)
{
    /// <summary><see cref="Row"/> value for the node's own text.</summary>
    public const int OwnText = -1;

    public static TextSegment Whole(UnitNode node) => new(node, OwnText, 0, node.Text.Length);

    public string Read(AmendableArticle article) => Full(article)[Start..End];

    /// <summary>Replaces the segment's characters with <paramref name="text"/>.</summary>
    public void Write(AmendableArticle article, string text)
    {
        var full = Full(article);
        var updated = string.Concat(full.AsSpan(0, Start), text, full.AsSpan(End));
        if (Node is null)
            article.Caption = updated;
        else if (Row == OwnText)
            Node.Text = updated;
        else
            Node.Rows[Row] = updated;
    }

    private string Full(AmendableArticle article) =>
        Node is null ? article.Caption ?? "" : Row == OwnText ? Node.Text : Node.Rows[Row];
}
