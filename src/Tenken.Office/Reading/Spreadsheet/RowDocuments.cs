using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Structure;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Builds the documents of a sheet with one article per row: rows grouped by 例規名, each group's 例規番号 / 種別 /
/// 所管課 taken from its first row that has them, its rows turned into lines and parsed by <see cref="StructureParser"/>.
/// </summary>
internal static class RowDocuments
{
    public static List<OrdinanceDocument> Build(IReadOnlyList<SheetRow> rows, ColumnMap map, SheetPlace place, SourceInput input,
        string format, ReadContext context, bool strictWidth)
    {
        var ids = new DocumentIds(input.DocumentId);
        var documents = new List<OrdinanceDocument>();
        foreach (var group in RowGroups.Split(rows, map, place, context, strictWidth))
        {
            var lines = new RowLines(map, place, context).Build(group.Rows);
            if (lines.Count == 0)
                continue;
            var number = First(group.Rows, map.Number);
            var title = group.Title.Length > 0 ? group.Title : input.DocumentId;
            var header = new DocumentHeader(ids.For(number, group.Title), input.Path, format)
            {
                Title = title,
                Kind = First(group.Rows, map.Kind),
                Number = number,
            };
            var document = StructureParser.Parse(header, lines, context);
            // Rows of a paragraph-only 附則 give no article unless asked for; the pipeline reports a file with none.
            if (document.Articles.Count > 0)
                documents.Add(document with { Department = First(group.Rows, map.Department) });
        }
        return documents;
    }

    private static string? First(List<SheetRow> rows, int column)
    {
        if (column < 0)
            return null;
        foreach (var row in rows)
        {
            var value = row.Cell(column).Trim();
            if (value.Length > 0)
                return value;
        }
        return null;
    }
}
