using Tenken.Core.Reading;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Splits the data rows under a header into one group per 例規名, in order of first appearance. An empty 例規名
/// continues the one above (Excel lists often leave it blank or merged below the first row). Rows that lack
/// cells are reported with their row number and skipped.
/// </summary>
internal static class RowGroups
{
    public sealed record Group(string Title, List<SheetRow> Rows);

    public static List<Group> Split(IReadOnlyList<SheetRow> rows, ColumnMap map, SheetPlace place, ReadContext context, bool strictWidth)
    {
        var groups = new List<Group>();
        var byTitle = new Dictionary<string, Group>(StringComparer.Ordinal);
        string? current = null;
        foreach (var row in rows)
        {
            if (row.Number <= map.HeaderRow || row.IsBlank)
                continue;
            if (strictWidth && row.Cells.Count < map.RequiredCells)
            {
                context.Diagnostics.Error(place.Path, row.Number,
                    $"{place.Describe(row.Number)}の列が足りません（見出し行は{map.Width}列、この行は{row.Cells.Count}列）。この行は読み飛ばしました。", "TK3003");
                continue;
            }
            var title = map.Title >= 0 ? row.Cell(map.Title).Trim() : "";
            if (title.Length == 0)
                title = current ?? "";
            if (map.Title >= 0 && title.Length == 0)
            {
                context.Diagnostics.Error(place.Path, row.Number, $"{place.Describe(row.Number)}の例規名が空です（上の行にも例規名がありません）。この行は読み飛ばしました。", "TK3004");
                continue;
            }
            current = title;
            var key = ColumnMap.Normalize(title);
            if (!byTitle.TryGetValue(key, out var group))
            {
                group = new Group(title, []);
                byTitle[key] = group;
                groups.Add(group);
            }
            group.Rows.Add(row);
        }
        return groups;
    }
}

/// <summary>The file (and sheet) rows come from, for diagnostics: 「2行目」 or 「シート「一覧」の2行目」.</summary>
internal sealed record SheetPlace(string Path, string? Sheet)
{
    public string Describe(int row) => Sheet is null ? $"{row}行目" : $"シート「{Sheet}」の{row}行目";
}
