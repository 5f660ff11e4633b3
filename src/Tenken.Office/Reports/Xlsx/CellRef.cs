using System.Globalization;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>A1-style references: column letters from a 0-based index, cell and range references.</summary>
internal static class CellRef
{
    private static readonly string[] Letters = [.. Enumerable.Range(0, 128).Select(Compute)];

    public static string Column(int index) => index < Letters.Length ? Letters[index] : Compute(index);

    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Range(int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        $"{Of(firstColumn, firstRow)}:{Of(lastColumn, lastRow)}";

    /// <summary>An absolute range on a named sheet, for defined names: <c>'点検結果'!$A$1:$C$9</c>.</summary>
    public static string Absolute(string sheet, int firstColumn, int firstRow, int lastColumn, int lastRow) =>
        $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'!${Column(firstColumn)}${firstRow}:${Column(lastColumn)}${lastRow}";

    private static string Compute(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
            name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }
}
