namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// Estimates how tall a row with wrapped text should be, so the sheet looks the same in Excel and LibreOffice
/// without either measuring 20,000 rows on open. Capped so one long article does not fill the screen; the full
/// text is always in the cell.
/// </summary>
internal static class RowHeight
{
    public const double LinePoints = 16;
    public const int MaxLines = 12;

    /// <summary>Lines the text takes in a column <paramref name="width"/> characters wide (full-width counts two).</summary>
    public static int Lines(string text, double width)
    {
        var usable = Math.Max(2, width - 1.5);
        var lines = 0;
        double units = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines += Math.Max(1, (int)Math.Ceiling(units / usable));
                units = 0;
                if (lines >= MaxLines)
                    return MaxLines;
                continue;
            }
            units += c < 0x2000 || c is >= '\uFF61' and <= '\uFF9F' ? 1 : 2;
        }
        lines += Math.Max(1, (int)Math.Ceiling(units / usable));
        return Math.Min(lines, MaxLines);
    }

    public static double Points(int lines) => Math.Max(1, lines) * LinePoints + 2;
}
