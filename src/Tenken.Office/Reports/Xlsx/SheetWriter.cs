using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Reports.Text;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// Streams one worksheet with <see cref="OpenXmlWriter"/>: the view and columns first, then rows of inline-string,
/// rich-text and number cells, then what follows the data (autofilter, conditional formats, drop-downs, page setup)
/// in the order the schema requires. Rows and cells must be written in order.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly OpenXmlWriter _w;
    private readonly Cell _cell = new();
    private readonly InlineString _inline = new();
    private readonly Run _run = new();
    private readonly Text _text = new();
    private readonly CellValue _value = new();
    private readonly Row _rowElement = new();
    private readonly RunProperties _cueRun = XlsxStyles.CueRun();
    private string _rowNumber = "";
    private readonly List<OpenXmlAttribute> _attributes = new(4);
    private bool _inRow;

    public SheetWriter(WorksheetPart part, SheetLayout layout)
    {
        _w = OpenXmlWriter.Create(part);
        _w.WriteStartElement(new Worksheet());
        if (layout.FitToPageWidth)
            _w.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        _w.WriteElement(View(layout));
        _w.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (layout.Widths.Count > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < layout.Widths.Count; i++)
                columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = layout.Widths[i], CustomWidth = true });
            _w.WriteElement(columns);
        }
        _w.WriteStartElement(new SheetData());
    }

    /// <summary>The 1-based number of the row last started.</summary>
    public int RowIndex { get; private set; }

    public void StartRow(double? height = null)
    {
        EndRow();
        RowIndex++;
        _rowNumber = RowIndex.ToString(CultureInfo.InvariantCulture);
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", _rowNumber));
        if (height is { } h)
        {
            _attributes.Add(new OpenXmlAttribute("ht", "", h.ToString("0.##", CultureInfo.InvariantCulture)));
            _attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
        }
        _w.WriteStartElement(_rowElement, _attributes);
        _inRow = true;
    }

    /// <summary>Leaves a blank row.</summary>
    public void SkipRow()
    {
        EndRow();
        RowIndex++;
    }

    /// <summary>A text cell at the 0-based <paramref name="column"/>; empty text writes nothing.</summary>
    public void Text(int column, string text, uint style)
    {
        if (text.Length == 0)
            return;
        StartCell(column, style, "inlineStr");
        _w.WriteStartElement(_inline);
        WriteText(CellText.Fit(text));
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    /// <summary>A bordered text cell, marked as text (quotePrefix) when it could be taken for a formula.</summary>
    public void GuardedText(int column, string text, bool wrap) =>
        Text(column, text, XlsxStyles.For(wrap, FormulaGuard.IsRisky(text)));

    /// <summary>A rich-text cell whose <paramref name="spans"/> are red and bold, the rest plain.</summary>
    public void Rich(int column, string text, IReadOnlyList<TextSpan> spans, uint style)
    {
        if (spans.Count == 0)
        {
            Text(column, text, style);
            return;
        }
        var (fitted, clipped) = CellText.Fit(text, spans);
        StartCell(column, style, "inlineStr");
        _w.WriteStartElement(_inline);
        foreach (var (start, end, marked) in CueSpans.Segments(clipped, fitted.Length))
        {
            _w.WriteStartElement(_run);
            if (marked)
                _w.WriteElement(_cueRun);
            WriteText(fitted[start..end]);
            _w.WriteEndElement();
        }
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    public void Number(int column, double value, uint style)
    {
        StartCell(column, style, null);
        _w.WriteStartElement(_value);
        _w.WriteString(value.ToString("R", CultureInfo.InvariantCulture));
        _w.WriteEndElement();
        _w.WriteEndElement();
    }

    /// <summary>An empty cell that only carries a style (borders, the fill of a reviewer's entry column).</summary>
    public void Blank(int column, uint style)
    {
        StartCell(column, style, null);
        _w.WriteEndElement();
    }

    /// <summary>Closes the data and writes what follows it; <paramref name="after"/> must be in schema order.</summary>
    public void Finish(params OpenXmlElement?[] after)
    {
        EndRow();
        _w.WriteEndElement();
        foreach (var element in after)
        {
            if (element is not null)
                _w.WriteElement(element);
        }
        _w.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        _w.WriteElement(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        _w.WriteEndElement();
    }

    public void Dispose() => _w.Dispose();

    private void StartCell(int column, uint style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", "", CellRef.Column(column) + _rowNumber));
        if (style != 0)
            _attributes.Add(new OpenXmlAttribute("s", "", style.ToString(CultureInfo.InvariantCulture)));
        if (type is not null)
            _attributes.Add(new OpenXmlAttribute("t", "", type));
        _w.WriteStartElement(_cell, _attributes);
    }

    private void WriteText(string text)
    {
        text = CellText.EscapeForXstring(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            _w.WriteStartElement(_text, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
        else
            _w.WriteStartElement(_text);
        _w.WriteString(text);
        _w.WriteEndElement();
    }

    private void EndRow()
    {
        if (!_inRow)
            return;
        _w.WriteEndElement();
        _inRow = false;
    }

    private static SheetViews View(SheetLayout layout)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = layout.Selected ? true : null };
        if (layout.FreezeRows > 0)
        {
            var topLeft = CellRef.Of(0, layout.FreezeRows + 1);
            view.Append(
                new Pane { VerticalSplit = layout.FreezeRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        return new SheetViews(view);
    }
}

/// <summary>How a sheet is laid out: column widths, rows frozen at the top, whether its tab is selected.</summary>
internal sealed record SheetLayout(IReadOnlyList<double> Widths, int FreezeRows = 0, bool Selected = false, bool FitToPageWidth = true);
