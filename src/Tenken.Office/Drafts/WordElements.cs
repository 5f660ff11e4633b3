using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tenken.Office.Drafts;

/// <summary>The few WordprocessingML pieces the 新旧対照表 is built from: paragraphs, runs (plain or 傍線), tables.</summary>
internal static class WordElements
{
    public static Paragraph Paragraph(string text, bool bold = false, int size = 0, JustificationValues? align = null, int indentChars = 0, bool pageBreakBefore = false)
    {
        var paragraph = new Paragraph(Properties(align, indentChars, 0, pageBreakBefore));
        if (text.Length > 0)
            paragraph.Append(Run(text, underline: false, bold, size));
        return paragraph;
    }

    /// <summary>A paragraph of runs; changed pieces are underlined (single line, the 傍線 of a 新旧対照表).</summary>
    public static Paragraph Runs(IEnumerable<(string Text, bool Changed)> pieces, int leftChars = 0, int firstLineChars = 0)
    {
        var paragraph = new Paragraph(Properties(null, leftChars, firstLineChars, false));
        foreach (var (text, changed) in pieces)
        {
            if (text.Length > 0)
                paragraph.Append(Run(text, changed));
        }
        return paragraph;
    }

    public static Run Run(string text, bool underline, bool bold = false, int size = 0)
    {
        var properties = new RunProperties();
        // Schema order: b, sz, u.
        if (bold)
            properties.Append(new Bold());
        if (size > 0)
            properties.Append(new FontSize { Val = (size * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (underline)
            properties.Append(new Underline { Val = UnderlineValues.Single });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A bordered table of full page width with the given column widths (twentieths of a point).</summary>
    public static Table Table(params int[] widths)
    {
        BorderType Edge<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4, Color = "000000" };
        var properties = new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(), Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed });
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return new Table(properties, grid);
    }

    /// <summary>A header row, repeated on every page, with the texts centred on a grey ground.</summary>
    public static TableRow HeaderRow(IReadOnlyList<int> widths, params string[] texts)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < texts.Length; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new Shading { Val = ShadingPatternValues.Clear, Fill = "E6E6E6" }),
                Paragraph(texts[i], bold: true, align: JustificationValues.Center)));
        }
        return row;
    }

    /// <summary>A body cell holding the given paragraphs (a cell needs at least one).</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
            cell.Append(new Paragraph());
        return cell;
    }

    private static string Twips(int chars) => (chars * 210).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ParagraphProperties Properties(JustificationValues? align, int leftChars, int firstLineChars, bool pageBreakBefore)
    {
        var properties = new ParagraphProperties();
        if (pageBreakBefore)
            properties.Append(new PageBreakBefore());
        properties.Append(new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto });
        if (leftChars != 0 || firstLineChars != 0)
        {
            // Word reads the *Chars attributes, LibreOffice the twips: both are written (one character of 10.5 pt = 210 twips).
            properties.Append(new Indentation
            {
                Left = Twips(leftChars),
                LeftChars = leftChars * 100,
                FirstLine = firstLineChars > 0 ? Twips(firstLineChars) : null,
                FirstLineChars = firstLineChars > 0 ? firstLineChars * 100 : null,
                Hanging = firstLineChars < 0 ? Twips(-firstLineChars) : null,
                HangingChars = firstLineChars < 0 ? -firstLineChars * 100 : null,
            });
        }
        if (align is { } a)
            properties.Append(new Justification { Val = a });
        return properties;
    }
}
