using Tenken.Core.Documents;
using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Building;

/// <summary>A 号 or sub-item being built.</summary>
internal sealed class ItemDraft(string num, string title, int depth, int line) : NodeDraft(line)
{
    public List<ItemDraft> Children { get; } = [];

    public Item Build() => new()
    {
        Num = num,
        Title = title,
        Text = Text.ToString(),
        Depth = depth,
        Children = [.. Children.Select(c => c.Build())],
        TableRows = [.. Rows],
        Line = Line,
    };
}

/// <summary>
/// The open item levels of one paragraph. An item written in a style already open (一 after 一, (1) after (1))
/// closes the deeper levels and becomes a sibling; a new style opens a level under the last item. A katakana list
/// starting with ア counts in 五十音 order (ア=1, イ=2), otherwise in イロハ order (イ=1, ロ=2).
/// </summary>
internal sealed class ItemLevels(List<ItemDraft> topLevel)
{
    private readonly List<(ItemStyle Style, bool Gojuon, List<ItemDraft> Siblings)> _levels = [];

    public ItemDraft Add(ItemLabel label, string body, int line)
    {
        var index = _levels.FindLastIndex(l => l.Style == label.Style);
        if (index >= 0)
        {
            _levels.RemoveRange(index + 1, _levels.Count - index - 1);
        }
        else
        {
            var siblings = _levels.Count == 0 ? topLevel : _levels[^1].Siblings[^1].Children;
            _levels.Add((label.Style, StartsGojuon(label), siblings));
            index = _levels.Count - 1;
        }
        var level = _levels[index];
        var item = new ItemDraft(label.Num(level.Gojuon), label.Title, index + 1, line);
        item.Text.Append(body);
        level.Siblings.Add(item);
        return item;
    }

    private static bool StartsGojuon(ItemLabel label)
    {
        if (label.Style is not (ItemStyle.Katakana or ItemStyle.ParenKatakana))
            return false;
        var kana = label.Style == ItemStyle.Katakana ? label.Title[0] : label.Title[1];
        return kana == 'ア' || Iroha.IndexOf(kana) == 0;
    }
}
