using Tenken.Core.Documents;

namespace Tenken.Core.Structure.Building;

/// <summary>A 項 being built, with its open item levels.</summary>
internal sealed class ParagraphDraft : NodeDraft
{
    private readonly List<ItemDraft> _items = [];

    public ParagraphDraft(string num, string numText, int line) : base(line)
    {
        Num = num;
        NumText = numText;
        Items = new ItemLevels(_items);
    }

    public string Num { get; }

    public string NumText { get; }

    public string? Caption { get; init; }

    public ItemLevels Items { get; }

    public bool HasItems => _items.Count > 0;

    public Paragraph Build() => new()
    {
        Num = Num,
        NumText = NumText,
        Caption = Caption,
        Text = Text.ToString(),
        Items = [.. _items.Select(i => i.Build())],
        TableRows = [.. Rows],
        Line = Line,
    };
}
