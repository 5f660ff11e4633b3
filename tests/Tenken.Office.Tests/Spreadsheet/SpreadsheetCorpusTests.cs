using System.Text;
using System.Text.Json;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Spreadsheet;

/// <summary>
/// The 10,824 main-provision articles of the 80 e-Gov Acts (../shared/data/egov/articles.jsonl) laid out one per
/// row (例規名, 条, 見出し, 条文) as CSV and as .xlsx: every article comes back under its Act with its Num and text.
/// </summary>
public sealed class SpreadsheetCorpusTests
{
    private sealed record Row(string LawTitle, string Article, string Num, string Caption, string Text);

    [Fact]
    public void Csv_of_every_article_reads_back_whole()
    {
        var rows = Load();
        var csv = new StringBuilder("例規名,条,見出し,条文\r\n");
        foreach (var r in rows)
            csv.Append(string.Join(",", new[] { r.LawTitle, r.Article, r.Caption, r.Text }.Select(Quote))).Append("\r\n");
        AssertReadBack(rows, "egov-articles.csv", [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }

    [Fact]
    public void Xlsx_of_every_article_reads_back_whole()
    {
        var rows = Load();
        var sheet = rows.Select((r, i) => (i + 2, new object?[] { r.LawTitle, r.Article, r.Caption, r.Text }))
            .Prepend((1, ["例規名", "条", "見出し", "条文"])).ToArray();
        AssertReadBack(rows, "egov-articles.xlsx", new XlsxBuilder().Sheet("条文", sheet).Build());
    }

    private static void AssertReadBack(List<Row> rows, string name, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);
        var result = TestPipelines.All().ReadFile(path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(rows.Select(r => r.LawTitle).Distinct().Count(), result.Documents.Count);
        var read = result.Documents.SelectMany(d => d.Articles.Select(a => (Key: (d.Title, a.Num), Text: Squash(a.Text)))).ToList();
        Assert.Equal(rows.Count, read.Count);
        var byKey = read.ToDictionary(a => a.Key, a => a.Text);
        var wrong = rows.Where(r => !byKey.TryGetValue((r.LawTitle, r.Num), out var text) || text != Squash(r.Text)).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} articles missing or different, e.g. {string.Join(", ", wrong.Take(5).Select(r => r.LawTitle + r.Article))}");
    }

    private static List<Row> Load()
    {
        var path = SharedData.File("egov", "articles.jsonl");
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var o = json.RootElement;
            rows.Add(new Row(o.GetProperty("law_title").GetString()!, o.GetProperty("article").GetString()!, o.GetProperty("num").GetString()!,
                o.GetProperty("caption").GetString()!, o.GetProperty("text").GetString()!));
        }
        return rows;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
