using System.Text;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Where each known column sits in a sheet (-1 when absent), found from the header row. Header names are compared
/// after NFKC (full-width letters and spaces folded), with spaces and brackets removed, in any order.
/// </summary>
internal sealed record ColumnMap(int HeaderRow, int Width)
{
    public int Title { get; init; } = -1;
    public int Number { get; init; } = -1;
    public int Kind { get; init; } = -1;
    public int Article { get; init; } = -1;
    public int Caption { get; init; } = -1;
    public int Text { get; init; } = -1;
    public int Department { get; init; } = -1;

    /// <summary>Cells a data row must have to reach every mapped column.</summary>
    public int RequiredCells => new[] { Title, Number, Kind, Article, Caption, Text, Department }.Max() + 1;

    private static readonly Dictionary<string, string> Synonyms = BuildSynonyms();

    /// <summary>The first row among the first rows of a sheet that names a text column and a 例規名 or 条 column.</summary>
    public static ColumnMap? Detect(IReadOnlyList<SheetRow> rows, int scanRows = 30)
    {
        foreach (var row in rows.Take(scanRows))
        {
            var map = FromRow(row);
            if (map is { Text: >= 0 } && (map.Title >= 0 || map.Article >= 0))
                return map;
        }
        return null;
    }

    private static ColumnMap? FromRow(SheetRow row)
    {
        var map = new ColumnMap(row.Number, row.Cells.Count);
        var found = 0;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (!Synonyms.TryGetValue(Normalize(row.Cells[i]), out var field))
                continue;
            // The first column of a kind wins; a second 「番号」 or 「備考」-like duplicate is ignored.
            map = field switch
            {
                "title" when map.Title < 0 => map with { Title = i },
                "number" when map.Number < 0 => map with { Number = i },
                "kind" when map.Kind < 0 => map with { Kind = i },
                "article" when map.Article < 0 => map with { Article = i },
                "caption" when map.Caption < 0 => map with { Caption = i },
                "text" when map.Text < 0 => map with { Text = i },
                "department" when map.Department < 0 => map with { Department = i },
                _ => map,
            };
            found++;
        }
        return found >= 2 ? map : null;
    }

    public static string Normalize(string header)
    {
        var sb = new StringBuilder();
        foreach (var ch in header.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(ch) && "・()[]【】「」〔〕<>:：*※".IndexOf(ch) < 0)
                sb.Append(ch);
        }
        return sb.ToString();
    }

    private static Dictionary<string, string> BuildSynonyms()
    {
        var table = new (string Field, string[] Names)[]
        {
            ("title", ["例規名", "条例名", "規則名", "規程名", "要綱名", "例規名称", "例規の名称", "題名", "件名", "法令名", "名称"]),
            ("number", ["例規番号", "条例番号", "規則番号", "法令番号", "公布番号", "番号"]),
            ("kind", ["種別", "例規種別", "種類", "法令種別", "例規区分"]),
            ("article", ["条", "条番号", "条項", "条項号", "条名", "条文番号", "条数"]),
            ("caption", ["見出し", "条見出し", "見出", "条の見出し"]),
            ("text", ["条文", "本文", "内容", "条文内容", "条文本文", "規定内容", "条文テキスト"]),
            ("department", ["所管課", "所管", "担当課", "所管部署", "担当部署", "所管課名", "所管部課"]),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, names) in table)
        {
            foreach (var name in names)
                map[Normalize(name)] = field;
        }
        return map;
    }
}
