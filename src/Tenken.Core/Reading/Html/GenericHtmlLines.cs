using System.Text;
using AngleSharp.Dom;
using Tenken.Core.Structure;

namespace Tenken.Core.Reading.Html;

/// <summary>
/// Reduces any HTML page to text lines: a line per block element and &lt;br&gt;, a data-table row per line
/// (cells joined by a full-width space), scripts, styles, hidden elements and navigation dropped.
/// </summary>
internal static class GenericHtmlLines
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
        "section", "article", "main", "blockquote", "pre", "center", "address", "caption", "fieldset", "figure", "hr", "body",
    ];

    private static readonly HashSet<string> Dropped =
        ["script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "iframe", "object", "svg", "button", "select", "input", "textarea"];

    private static readonly string[] FurnitureNames = ["nav", "menu", "breadcrumb", "pankuzu", "footer", "sidebar", "gnavi", "snavi", "skip"];

    public static List<SourceLine> From(IDocument document)
    {
        var walker = new Walker();
        walker.Walk(document.Body ?? document.DocumentElement);
        walker.Flush();
        return walker.Lines;
    }

    /// <summary>The page's own title (h1, else &lt;title&gt;), without a leading ○; null when it has none.</summary>
    public static string? PageTitle(IDocument document)
    {
        var text = document.QuerySelector("h1") is { } h1 ? HtmlText.Of(h1) : HtmlText.Collapse(document.Title ?? "");
        text = text.Trim().TrimStart('○', '◯').Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Marks the lines before the 例規 itself (site header, menus) as ignored: the text starts at a ○ title, a 目次,
    /// a division, a 見出し or the first 条, together with the number lines right above it.
    /// </summary>
    public static List<SourceLine> SkipPageFurniture(List<SourceLine> lines)
    {
        var kinds = lines.Select(l => LineClassifier.Classify(l).Kind).ToList();
        var start = kinds.FindIndex(k => k == LineKind.Title);
        if (start < 0)
        {
            start = kinds.FindIndex(k => k is LineKind.TableOfContents or LineKind.Division or LineKind.Caption or LineKind.Article);
            while (start > 0 && kinds[start - 1] is LineKind.Number or LineKind.Blank)
                start--;
        }
        if (start <= 0)
            return lines;
        return [.. lines.Select((l, i) => i < start ? l with { Hint = LineHint.Ignore } : l)];
    }

    private static bool IsFurniture(IElement e)
    {
        if (Dropped.Contains(e.LocalName) || (e.LocalName is "ul" or "ol" && IsLinkList(e)))
            return true;
        var style = e.GetAttribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
            return true;
        if (e.HasAttribute("hidden"))
            return true;
        var id = e.Id ?? "";
        return FurnitureNames.Any(n => e.ClassList.Contains(n) || id.Equals(n, StringComparison.OrdinalIgnoreCase));
    }

    // A data row has short cells; a layout row (a page built from tables) is walked as blocks.
    private static bool IsDataRow(IElement row) =>
        row.QuerySelector("table, ul, ol, h1, h2, h3, h4") is null && row.TextContent.Length < 400 && row.Children.Length > 1;

    // A list whose every entry is an in-page link is a table of contents (第1条, 第2条 … as links), not text.
    private static bool IsLinkList(IElement list)
    {
        var entries = list.Children.Where(c => c.LocalName == "li").ToList();
        return entries.Count > 0 && entries.All(li =>
        {
            var links = li.QuerySelectorAll("a[href^='#']");
            var linked = links.Sum(a => a.TextContent.Trim().Length);
            var own = li.QuerySelectorAll("ul, ol").Sum(l => l.TextContent.Trim().Length);
            return linked > 0 && linked + own >= li.TextContent.Trim().Length - 2;
        });
    }

    private sealed class Walker
    {
        private readonly StringBuilder _current = new();
        private int _line;

        public List<SourceLine> Lines { get; } = [];

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    if (_current.Length == 0 && text.ParentElement is { } parent)
                        _line = HtmlText.LineOf(parent);
                    _current.Append(text.Data);
                    break;
                case IElement element when IsFurniture(element):
                    break;
                case IElement { LocalName: "br" }:
                    Flush();
                    break;
                case IElement { LocalName: "tr" } row when IsDataRow(row):
                    Flush();
                    var cells = HtmlText.Row(row);
                    if (cells.Length > 0)
                        Lines.Add(new SourceLine(HtmlText.LineOf(row), cells, LineHint.TableRow));
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush();
                    _line = HtmlText.LineOf(element);
                    foreach (var child in element.ChildNodes)
                        Walk(child);
                    Flush();
                    break;
                case IElement element:
                    foreach (var child in element.ChildNodes)
                        Walk(child);
                    break;
            }
        }

        public void Flush()
        {
            if (_current.Length == 0)
                return;
            var text = HtmlText.Collapse(_current.ToString());
            _current.Clear();
            if (text.Length > 0)
                Lines.Add(new SourceLine(_line, text));
        }
    }
}
