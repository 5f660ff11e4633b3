using System.Text.RegularExpressions;
using Tenken.Core.Documents;
using Tenken.Core.Numerals;

namespace Tenken.Office.Tests.RoundTrip;

/// <summary>
/// Renders a document read from e-Gov XML in the usual 例規 layout: title, （番号）, 編章節 headings, （見出し）,
/// 第一条　本文, ２　項, 一　号, イ　…, then each 附則 with its articles or numbered paragraphs.
/// </summary>
internal static partial class ReikiLayout
{
    public static List<ReikiLine> Lines(OrdinanceDocument document)
    {
        var lines = new List<ReikiLine> { new(ReikiLineKind.Title, "", document.Title) };
        if (!string.IsNullOrEmpty(document.Number))
            lines.Add(new(ReikiLineKind.Number, "", document.Number));
        IReadOnlyList<string> divisions = [];
        var suppl = 0;
        var listId = 0;
        foreach (var article in document.Articles)
        {
            var index = SupplementaryIndex(article.Key);
            while (suppl < index)
            {
                suppl++;
                // Every 附則 gets its heading, also one that yields no article, so the 附則 numbering in keys matches.
                var label = suppl == index ? article.SupplementaryLabel ?? "附　則" : "附　則";
                lines.Add(new(ReikiLineKind.Supplementary, "", label));
                divisions = [];
            }
            foreach (var heading in article.Divisions.Where((d, i) => i >= divisions.Count || divisions[i] != d))
                lines.Add(new(ReikiLineKind.Division, "", heading));
            divisions = article.Divisions;
            if (article.Caption is not null)
                lines.Add(new(ReikiLineKind.Caption, "", article.Caption));
            var isUnit = article.Num.Length == 0;
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = article.Paragraphs[p];
                if (paragraph.Caption is not null)
                    lines.Add(new(ReikiLineKind.Caption, "", paragraph.Caption));
                if (p == 0 && !isUnit)
                    lines.Add(new(ReikiLineKind.Article, article.Title, paragraph.Text));
                else
                    lines.Add(new(ReikiLineKind.Paragraph, paragraph.NumText, paragraph.Text));
                lines.AddRange(paragraph.TableRows.Select(r => new ReikiLine(ReikiLineKind.Row, "", r)));
                listId++;
                var auto = Sequential(paragraph.Items, 1);
                AddItems(lines, paragraph.Items, listId, auto);
            }
        }
        return lines;
    }

    private static void AddItems(List<ReikiLine> lines, IReadOnlyList<Item> items, int listId, bool auto)
    {
        foreach (var item in items)
        {
            lines.Add(new(ReikiLineKind.Item, item.Title, item.Text, item.Depth, listId, auto));
            lines.AddRange(item.TableRows.Select(r => new ReikiLine(ReikiLineKind.Row, "", r)));
            AddItems(lines, item.Children, listId, auto);
        }
    }

    /// <summary>True when every list in the tree runs 1, 2, 3… printed as Word's japaneseCounting / irohaFullWidth / （decimalFullWidth） would print it.</summary>
    private static bool Sequential(IReadOnlyList<Item> items, int depth)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var n = i + 1;
            var expected = depth switch
            {
                1 => KanjiNumeral.Format(n),
                2 => Iroha.ToKana(n).ToString(),
                3 => $"（{ArabicNumeral.ToFullWidth(n)}）",
                _ => null,
            };
            if (items[i].Title != expected || !Sequential(items[i].Children, depth + 1))
                return false;
        }
        return true;
    }

    private static int SupplementaryIndex(string key)
    {
        var m = SupplementaryKey().Match(key);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"#附則(\d+)")]
    private static partial Regex SupplementaryKey();
}
