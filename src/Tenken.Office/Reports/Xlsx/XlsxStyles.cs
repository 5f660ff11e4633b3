using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// The workbook's fonts, fills, borders and cell formats. Text is in 游ゴシック with the Japanese charset and the
/// modern family set, so Excel or LibreOffice substitutes another Japanese gothic font where it is missing.
/// The *Quoted formats carry quotePrefix: the cell stays text even when a reviewer edits it.
/// </summary>
internal static class XlsxStyles
{
    public const string FontName = "游ゴシック";
    public const double FontSize = 10;
    public const string CueColor = "FFFF0000";

    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Text = 2;
    public const uint TextQuoted = 3;
    public const uint Wrap = 4;
    public const uint WrapQuoted = 5;
    public const uint Decimal = 6;
    public const uint Integer = 7;
    public const uint Title = 8;
    public const uint Heading = 9;
    public const uint Entry = 10;
    public const uint EntryQuoted = 11;
    public const uint Label = 12;

    public static uint For(bool wrap, bool quoted) => (wrap, quoted) switch
    {
        (true, true) => WrapQuoted,
        (true, false) => Wrap,
        (false, true) => TextQuoted,
        _ => Text,
    };

    public static Stylesheet Build() => new(
        new Fonts(
            Font(bold: false, FontSize),
            Font(bold: true, FontSize),
            Font(bold: true, 14),
            Font(bold: true, 11)) { Count = 4 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFDDEBF7"),
            Solid("FFFFF2CC")) { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(font: 0, fill: 0, border: 0, wrap: false),
            Format(font: 1, fill: 2, border: 1, wrap: true, center: true),
            Format(font: 0, fill: 0, border: 1, wrap: false),
            Format(font: 0, fill: 0, border: 1, wrap: false, quoted: true),
            Format(font: 0, fill: 0, border: 1, wrap: true),
            Format(font: 0, fill: 0, border: 1, wrap: true, quoted: true),
            Format(font: 0, fill: 0, border: 1, wrap: false, numberFormat: 2),
            Format(font: 0, fill: 0, border: 1, wrap: false, numberFormat: 3),
            Format(font: 2, fill: 0, border: 0, wrap: false),
            Format(font: 3, fill: 0, border: 0, wrap: false),
            Format(font: 0, fill: 3, border: 1, wrap: true),
            Format(font: 0, fill: 3, border: 1, wrap: true, quoted: true),
            Format(font: 1, fill: 2, border: 1, wrap: false)) { Count = 13 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
        new DifferentialFormats { Count = 0 },
        new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });

    /// <summary>The run properties of a cue inside a rich-text cell: red, bold, same font and size as the cell.</summary>
    public static RunProperties CueRun() => new(
        new Bold(),
        new FontSize { Val = FontSize },
        new Color { Rgb = CueColor },
        new RunFont { Val = FontName },
        new FontFamily { Val = 3 },
        new RunPropertyCharSet { Val = 128 });

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Edge<T>() where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private static CellFormat Format(uint font, uint fill, uint border, bool wrap, bool quoted = false, bool center = false, uint numberFormat = 0)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyFill = fill != 0,
            ApplyBorder = border != 0,
            ApplyAlignment = true,
            ApplyNumberFormat = numberFormat != 0,
        };
        if (quoted)
            format.QuotePrefix = true;
        format.Append(new Alignment
        {
            Vertical = center ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top,
            Horizontal = center ? HorizontalAlignmentValues.Center : null,
            WrapText = wrap ? true : null,
        });
        return format;
    }
}
