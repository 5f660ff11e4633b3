using Tenken.Core.Documents;

namespace Tenken.Core.Drafting.Units;

/// <summary>A 項 or an item of an article being amended: its own text, table rows and children, editable in place.</summary>
public sealed class UnitNode
{
    private UnitNode(string text, IReadOnlyList<string> rows, List<UnitNode> children, Paragraph? paragraph, Item? item)
    {
        Text = text;
        Rows = [.. rows];
        Children = children;
        Paragraph = paragraph;
        Item = item;
    }

    /// <summary>The unit's own sentences (Paragraph.Text or Item.Text).</summary>
    public string Text { get; set; }

    public List<string> Rows { get; }

    public List<UnitNode> Children { get; }

    /// <summary>The 項 this node stands for (null for an item).</summary>
    public Paragraph? Paragraph { get; }

    /// <summary>The item this node stands for (null for a 項).</summary>
    public Item? Item { get; }

    public static UnitNode Of(Paragraph paragraph) =>
        new(paragraph.Text, paragraph.TableRows, [.. paragraph.Items.Select(Of)], paragraph, null);

    public static UnitNode Of(Item item) =>
        new(item.Text, item.TableRows, [.. item.Children.Select(Of)], null, item);

    /// <summary>This node and every node under it, in reading order.</summary>
    public IEnumerable<UnitNode> Subtree()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.Subtree())
                yield return node;
        }
    }

    public Paragraph ToParagraph() =>
        Paragraph! with { Text = Text, TableRows = [.. Rows], Items = [.. Children.Select(c => c.ToItem())] };

    public Item ToItem() =>
        Item! with { Text = Text, TableRows = [.. Rows], Children = [.. Children.Select(c => c.ToItem())] };
}
