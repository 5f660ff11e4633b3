using DocumentFormat.OpenXml.Packaging;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>A written sheet: its name and part, and the ranges the workbook names for it (filter, print titles).</summary>
internal sealed record SheetInfo(string Name, WorksheetPart Part, FilterRange? Filter = null, int PrintTitleRows = 0);

/// <summary>The autofilter's range (0-based columns, 1-based rows).</summary>
internal sealed record FilterRange(int FirstColumn, int FirstRow, int LastColumn, int LastRow);
