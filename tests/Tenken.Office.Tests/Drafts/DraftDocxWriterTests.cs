using System.Text.Json;
using Tenken.Core.Reports.Drafts;
using Tenken.Office.Drafts;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Drafts;

/// <summary>The 新旧対照表 in Word, read back with python-docx and opened in LibreOffice.</summary>
public sealed class DraftDocxWriterTests
{
    public sealed class Write
    {
        internal static string Produce(TempFolder temp, DraftReport report, DraftColumnOrder order, string name = "taisho.docx")
        {
            var path = temp.File(name);
            using (var stream = File.Create(path))
                new DraftDocxWriter().Write(report, stream, order);
            return path;
        }

        [Fact]
        public void Writes_a_table_per_ordinance_with_a_row_per_draft_and_the_inserted_words_underlined()
        {
            using var temp = new TempFolder();
            var report = SampleDrafts.Create();
            var docx = DocxInspector.Read(Produce(temp, report, DraftColumnOrder.AfterBefore));
            var tables = docx.GetProperty("tables").EnumerateArray().ToList();
            var withDrafts = report.Documents.Where(d => d.Drafts.Count > 0).ToList();
            Assert.Equal(withDrafts.Count + 1, tables.Count); // one per ordinance, then 要個別検討
            for (var t = 0; t < withDrafts.Count; t++)
            {
                Assert.Equal(["改正後", "改正前"], tables[t].GetProperty("header").EnumerateArray().Select(e => e.GetString()));
                var rows = tables[t].GetProperty("rows").EnumerateArray().ToList();
                Assert.Equal(withDrafts[t].Drafts.Count, rows.Count);
                for (var r = 0; r < rows.Count; r++)
                {
                    var draft = withDrafts[t].Drafts[r];
                    var cells = rows[r].EnumerateArray().ToList();
                    // 改正後: the underlined runs are exactly the words put in, in order.
                    var inserted = draft.Changes.Where(c => c.AfterLength > 0).Select(c => draft.After.Substring(c.AfterStart, c.AfterLength));
                    Assert.Equal(inserted, Underlined(cells[0]));
                    var removed = draft.Changes.Where(c => c.BeforeLength > 0).Select(c => draft.Before.Substring(c.BeforeStart, c.BeforeLength));
                    Assert.Equal(removed, Underlined(cells[1]));
                    Assert.Contains(draft.Article, cells[0].GetProperty("text").GetString());
                    Assert.Equal(Flatten(draft.After), Flatten(Body(cells[0], draft)));
                    Assert.Equal(Flatten(draft.Before), Flatten(Body(cells[1], draft)));
                }
            }
            var paragraphs = docx.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
            Assert.Equal(withDrafts.Count, paragraphs.Count(p => p == "（傍線部分は改正部分）"));
            Assert.Contains("さくら区集会施設利用規則の一部を改正する規則（案）", paragraphs);
            Assert.Contains("もみじ区屋外広告物等に関する条例の一部を改正する条例（案）", paragraphs);
            Assert.Contains(paragraphs, p => p.StartsWith("さくら区集会施設利用規則（平成１２年３月３１日規則第１５号）の一部を次のように改正する。", StringComparison.Ordinal));
            foreach (var sentence in report.Drafts.SelectMany(d => d.Aratamebun))
                Assert.Contains(sentence, paragraphs);
            Assert.Contains("この規則は、令和　年　月　日から施行する。", paragraphs);
            Assert.Contains("この条例は、令和　年　月　日から施行する。", paragraphs);
        }

        [Fact]
        public void Puts_the_before_column_first_when_asked()
        {
            using var temp = new TempFolder();
            var report = SampleDrafts.Create("fullwidth-ward-kisoku.txt");
            var docx = DocxInspector.Read(Produce(temp, report, DraftColumnOrder.BeforeAfter));
            var table = docx.GetProperty("tables")[0];
            Assert.Equal(["改正前", "改正後"], table.GetProperty("header").EnumerateArray().Select(e => e.GetString()));
            var draft = report.Drafts.First();
            var cells = table.GetProperty("rows")[0].EnumerateArray().ToList();
            Assert.Equal(Flatten(draft.Before), Flatten(Body(cells[0], draft)));
            Assert.Equal(Flatten(draft.After), Flatten(Body(cells[1], draft)));
        }

        private static IEnumerable<string> Underlined(JsonElement cell) =>
            cell.GetProperty("underlined").EnumerateArray().Select(e => e.GetString()!);

        /// <summary>The cell's text without the 見出し line and the 第N条 prefix.</summary>
        private static string Body(JsonElement cell, Tenken.Core.Drafting.ArticleDraft draft)
        {
            var text = cell.GetProperty("text").GetString()!;
            if (draft.Caption is { Length: > 0 } caption)
                text = text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..];
            return text[(draft.Article.Length + 1)..];
        }

        /// <summary>Line breaks and the indentation spaces of items are layout in Word, not text.</summary>
        private static string Flatten(string text) => string.Concat(text.Split('\n').Select(l => l.TrimStart(' ')));
    }
}
