using Tenken.Core.Numerals;
using Tenken.Core.Reading;
using Tenken.Core.Structure;

namespace Tenken.Office.Reading.Spreadsheet;

/// <summary>
/// Turns the rows of one 例規 into lines for the structure parser: a new 条 starts a line 「第十条の二　…」 (the
/// label taken from the 条 column unless the text already begins with it), a 第N項 / 第N号 row continues it with
/// its number, 附則 rows open a 附則 block, and the 条文 cell's own lines follow so the parser finds its 項 and 号.
/// Every line carries its row number.
/// </summary>
internal sealed class RowLines(ColumnMap map, SheetPlace place, ReadContext context)
{
    private readonly List<SourceLine> _lines = [];
    private string? _article;
    private bool _inSupplementary;
    private string? _supplementaryLabel;

    public List<SourceLine> Build(IEnumerable<SheetRow> rows)
    {
        foreach (var row in rows)
            Add(row);
        return _lines;
    }

    private void Add(SheetRow row)
    {
        var cellText = map.Article >= 0 ? row.Cell(map.Article).Trim() : "";
        var cell = ArticleCell.Parse(cellText);
        if (cell is null)
        {
            context.Diagnostics.Error(place.Path, row.Number,
                $"{place.Describe(row.Number)}の条番号「{cellText}」を読めません（例: 第十条の二、第10条の2、10の2、附則）。この行は読み飛ばしました。", "TK3005");
            return;
        }
        var text = Lines(row.Cell(map.Text));
        OpenSupplementary(row, cell);
        var startsArticle = cell.Num is not null && cell.Num != _article;
        var caption = map.Caption >= 0 ? row.Cell(map.Caption).Trim() : "";
        if (caption.Length > 0 && (startsArticle || cell.Num is null))
            _lines.Add(new SourceLine(row.Number, caption[0] is '（' or '(' ? caption : $"（{caption}）", LineHint.Caption));
        if (text.Count == 0)
        {
            if (cell.Num is not null || cell.Supplementary)
                context.Diagnostics.Warning(place.Path, row.Number, $"{place.Describe(row.Number)}の条文が空です。", "TK3006");
            return;
        }
        var first = text[0];
        var hint = LineHint.None;
        if (startsArticle)
        {
            _article = cell.Num;
            first = Prefixed(cell.Title!, first);
            hint = LineHint.Article;
        }
        else if (cell.Item > 0)
        {
            first = Prefixed(KanjiNumeral.Format(cell.Item), first);
            hint = LineHint.Item;
        }
        else if (cell.Paragraph > 1)
        {
            first = Prefixed(ArabicNumeral.ToFullWidth(cell.Paragraph), first);
            hint = LineHint.Paragraph;
        }
        _lines.Add(new SourceLine(row.Number, first, hint));
        foreach (var line in text.Skip(1))
            _lines.Add(new SourceLine(row.Number, line));
    }

    private void OpenSupplementary(SheetRow row, ArticleCell cell)
    {
        if (cell.Supplementary && (!_inSupplementary || cell.SupplementaryLabel is not null && cell.SupplementaryLabel != _supplementaryLabel))
        {
            _inSupplementary = true;
            _supplementaryLabel = cell.SupplementaryLabel;
            _article = null;
            _lines.Add(new SourceLine(row.Number, $"附　則{cell.SupplementaryLabel}", LineHint.Supplementary));
        }
        else if (!cell.Supplementary && cell.Num is not null && _inSupplementary)
        {
            context.Diagnostics.Warning(place.Path, row.Number,
                $"{place.Describe(row.Number)}: 附則の行の後に本則の条（{cell.Title}）があります。附則の一部として読みました。行の順序を確認してください。", "TK3007");
        }
    }

    // The label is added unless the text already starts with it (some lists repeat 第一条 in the text).
    private static string Prefixed(string label, string text) =>
        text.StartsWith(label, StringComparison.Ordinal) ? text : $"{label}　{text}";

    private static List<string> Lines(string cell) =>
        [.. cell.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
