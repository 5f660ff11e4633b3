using Tenken.Core.Documents;
using Tenken.Core.Numerals;

namespace Tenken.Core.Reports.Text;

/// <summary>
/// Names the 条・項・号 a span of <see cref="Article.Text"/> falls in (e.g. 第十条第二項第三号イ), by walking the
/// paragraphs and items in the same layout as <see cref="ArticleText"/>. When the layout does not match the text
/// (a reader built the text another way) only the article's own title is given.
/// </summary>
public sealed class ArticlePlaces
{
    private readonly List<(int Offset, string Label)> _starts = [];
    private readonly string _article;

    private ArticlePlaces(Article article)
    {
        _article = ArticleLabel(article);
        var offset = 0;
        var multiple = article.Paragraphs.Count > 1;
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var p = article.Paragraphs[i];
            var label = multiple ? $"{_article}第{KanjiNumeral.Format(int.TryParse(p.Num, out var n) ? n : i + 1)}項" : _article;
            _starts.Add((offset, label));
            if (p.Caption is { Length: > 0 })
                offset += NewLine(offset) + p.Caption.Length;
            if (i > 0 || p.Caption is { Length: > 0 })
                offset += NewLine(offset);
            if (p.NumText.Length > 0)
                offset += p.NumText.Length + 1;
            offset += p.Text.Length + Rows(p.TableRows, 1, offset);
            foreach (var item in p.Items)
                offset = AddItem(item, label, offset);
        }
        if (offset != article.Text.Length)
            _starts.Clear();
    }

    public static ArticlePlaces For(Article article) => new(article);

    /// <summary>The article as printed, with the 附則 label in front for supplementary provisions (a 様式 or 別表 by its label).</summary>
    public static string ArticleLabel(Article article)
    {
        if (article.Provision != ProvisionKind.Supplementary)
            return article.Title;
        var suppl = (article.SupplementaryLabel ?? "附則").Replace("　", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return suppl + article.Title;
    }

    /// <summary>The place of the character at <paramref name="offset"/>.</summary>
    public string At(int offset)
    {
        // The starts are in text order: the last one at or before the offset names it (binary search, so an
        // article of thousands of items costs log n per cue).
        int low = 0, high = _starts.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_starts[middle].Offset <= offset)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return high >= 0 ? _starts[high].Label : _article;
    }

    /// <summary>The distinct places of the given offsets in text order, joined by 、 (the article itself when none).</summary>
    public string Of(IEnumerable<int> offsets)
    {
        var places = offsets.Order().Select(At).Distinct().ToList();
        return places.Count == 0 ? _article : string.Join("、", places);
    }

    private int AddItem(Item item, string parent, int offset)
    {
        offset += NewLine(offset);
        var label = parent + ItemLabel(item);
        _starts.Add((offset, label));
        offset += 2 * item.Depth + item.Title.Length;
        if (item.Text.Length > 0)
            offset += 1 + item.Text.Length;
        offset += Rows(item.TableRows, item.Depth + 1, offset);
        foreach (var child in item.Children)
            offset = AddItem(child, label, offset);
        return offset;
    }

    private static string ItemLabel(Item item)
    {
        var title = item.Title.Trim();
        return item.Depth == 1 && IsKanjiNumber(title) ? $"第{title}号" : title;
    }

    /// <summary>一, 十二, 二十の二: a 号 printed as a kanji number, possibly with の-branches.</summary>
    private static bool IsKanjiNumber(string title) =>
        title.Split('の').All(part => KanjiNumeral.TryParse(part, out _));

    private static int Rows(IReadOnlyList<string> rows, int depth, int offset)
    {
        var length = 0;
        foreach (var row in rows)
            length += NewLine(offset + length) + 2 * depth + row.Length;
        return length;
    }

    private static int NewLine(int offset) => offset > 0 ? 1 : 0;
}
