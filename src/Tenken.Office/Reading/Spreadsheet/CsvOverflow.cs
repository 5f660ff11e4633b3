using Tenken.Core.Reading;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Rows with more filled cells than the header usually come from an unquoted comma inside the text. They are
/// reported; when 条文 is the last column the extra cells are joined back into it with the commas, so no text is lost.
/// </summary>
internal static class CsvOverflow
{
    public static List<SheetRow> Repair(IReadOnlyList<SheetRow> rows, ColumnMap map, SheetPlace place, ReadContext context)
    {
        var result = new List<SheetRow>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Number <= map.HeaderRow || row.Cells.Count <= map.Width || row.Cells.Skip(map.Width).All(string.IsNullOrWhiteSpace))
            {
                result.Add(row);
                continue;
            }
            if (map.Text == map.Width - 1)
            {
                var cells = row.Cells.Take(map.Text).Append(string.Join(",", row.Cells.Skip(map.Text))).ToList();
                context.Diagnostics.Warning(place.Path, row.Number,
                    $"{place.Describe(row.Number)}は見出し行より列が多い（{row.Cells.Count}列）ため、条文に「,」が含まれていて引用符で囲まれていないものとして読みました。", "TK3009");
                result.Add(row with { Cells = cells });
            }
            else
            {
                context.Diagnostics.Warning(place.Path, row.Number,
                    $"{place.Describe(row.Number)}は見出し行より列が多い（{row.Cells.Count}列）。余分な列は読みませんでした。条文に「,」があるときは条文を \" で囲んでください。", "TK3009");
                result.Add(row);
            }
        }
        return result;
    }
}
