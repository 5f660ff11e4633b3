using AngleSharp.Dom;
using Tenken.Core.Structure;

namespace Tenken.Core.Reading.Html;

/// <summary>
/// Turns the body of a ぎょうせい Reiki-Base page into hinted lines. Each div.eline holds one unit: the head
/// (p.title-irregular, p.date, p.number), a div.article / div.clause / div.item (項 and 号 are siblings of the
/// article, not children) with p.title for the 見出し and p.num = span.num + text, p.s-head for 附則,
/// div.table_frame, div.form_section for 様式. Anything unknown goes to the classifier as plain text.
/// </summary>
internal static class ReikiBaseLines
{
    public static List<SourceLine> From(IElement root)
    {
        var lines = new List<SourceLine>();
        foreach (var eline in root.QuerySelectorAll("div.eline"))
        {
            var line = HtmlText.LineOf(eline);
            foreach (var unit in eline.Children)
                AddUnit(unit, line, lines);
        }
        return lines;
    }

    private static void AddUnit(IElement unit, int line, List<SourceLine> lines)
    {
        var classes = unit.ClassList;
        if (classes.Contains("head"))
        {
            foreach (var p in unit.Children)
                lines.Add(new SourceLine(line, HtmlText.Of(p), HeadHint(p)));
        }
        else if (classes.Contains("s-head"))
        {
            lines.Add(new SourceLine(line, HtmlText.Of(unit), LineHint.Supplementary));
        }
        else if (classes.Contains("article") || classes.Contains("clause") || IsItem(classes))
        {
            var hint = classes.Contains("article") ? LineHint.Article : classes.Contains("clause") ? LineHint.Paragraph : LineHint.Item;
            AddProvision(unit, hint, line, lines);
        }
        else if (classes.Contains("form_section"))
        {
            lines.Add(new SourceLine(line, HtmlText.Of(unit), LineHint.Appendix));
        }
        else if (classes.Contains("xref_frame"))
        {
            // The thumbnail of a form (an image): nothing to read.
        }
        else if (unit.LocalName == "table" || unit.QuerySelector("table") is not null)
        {
            AddTable(unit, line, lines);
        }
        else
        {
            lines.Add(new SourceLine(line, HtmlText.Of(unit)));
        }
    }

    private static bool IsItem(ITokenList classes) => classes.Any(c => c.StartsWith("item", StringComparison.Ordinal) || c.StartsWith("subitem", StringComparison.Ordinal));

    private static LineHint HeadHint(IElement p)
    {
        var c = p.ClassList;
        if (c.Contains("title-irregular") || c.Contains("title"))
            return LineHint.Title;
        return c.Contains("date") || c.Contains("number") ? LineHint.Number : LineHint.None;
    }

    private static void AddProvision(IElement unit, LineHint hint, int line, List<SourceLine> lines)
    {
        foreach (var child in unit.Children)
        {
            var c = child.ClassList;
            if (child.LocalName == "table" || child.QuerySelector("table") is not null)
                AddTable(child, line, lines);
            else if (c.Contains("title"))
                lines.Add(new SourceLine(line, HtmlText.Of(child), LineHint.Caption));
            else if (c.Contains("num"))
                lines.Add(new SourceLine(line, HtmlText.Of(child), hint));
            else if (c.Contains("p") && hint == LineHint.Paragraph)
                lines.Add(new SourceLine(line, HtmlText.Of(child), LineHint.Paragraph));
            else
                lines.Add(new SourceLine(line, HtmlText.Of(child), LineHint.Continuation));
        }
    }

    private static void AddTable(IElement container, int line, List<SourceLine> lines)
    {
        foreach (var row in container.QuerySelectorAll("tr"))
        {
            var text = HtmlText.Row(row);
            if (text.Length > 0)
                lines.Add(new SourceLine(HtmlText.LineOf(row) is > 0 and var l ? l : line, text, LineHint.TableRow));
        }
    }
}
