namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>One row of a sheet or CSV file: its 1-based row number as Excel shows it and its cells' text.</summary>
internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
