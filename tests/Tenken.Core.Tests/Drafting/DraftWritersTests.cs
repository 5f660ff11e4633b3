using System.Text;
using System.Text.Json;
using Tenken.Core.Drafting;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Reports.Drafts;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Drafting;

/// <summary>The draft writers of Core: drafts.json and the review page.</summary>
public sealed class DraftWritersTests
{
    private static DraftReport Report()
    {
        var draft = new ArticleDraft
        {
            Key = "x#3",
            DocumentId = "x",
            DocumentTitle = "<script>alert(1)</script>条例",
            Article = "第３条",
            Caption = "（通知）",
            Categories = [RegulationCategory.Paper],
            Patterns = ["書面により→書面又は電磁的方法により"],
            FindingIds = ["x#3:PAPER"],
            Before = "区長は、書面により通知する。",
            After = "区長は、書面又は電磁的方法により通知する。",
            Aratamebun = ["第３条中「書面」の次に「又は電磁的方法」を加える。"],
            Changes = [new ChangedSpan(6, 0, 6, 7)],
        };
        var document = new DocumentDrafts
        {
            DocumentId = "x",
            Title = draft.DocumentTitle,
            Kind = "条例",
            Number = "令和２年条例第１号",
            National = false,
            Numerals = NumeralStyle.FullWidth,
            Drafts = [draft],
            Manual = [new ManualReview { Key = "x#4", DocumentId = "x", DocumentTitle = draft.DocumentTitle, Article = "第４条", Category = RegulationCategory.Visual, FindingId = "x#4:VISUAL", Cues = "目視", Reason = "「目視」に合う改正パターンがありません。" }],
            Counts = [new CategoryCount(RegulationCategory.Paper, 1, 1, 1, 1), new CategoryCount(RegulationCategory.Visual, 1, 0, 1, 0)],
            ArticlesWithFindings = 2,
        };
        return new DraftReport { Documents = [document] };
    }

    private static string Write(IDraftWriter writer, DraftColumnOrder order = DraftColumnOrder.AfterBefore)
    {
        using var stream = new MemoryStream();
        writer.Write(Report(), stream, order);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public sealed class Json
    {
        [Fact]
        public void Writes_the_fields_of_the_schema_in_order_with_the_manual_list_and_the_summary()
        {
            using var json = JsonDocument.Parse(Write(new DraftJsonWriter()));
            var root = json.RootElement;
            Assert.Equal(["schemaVersion", "drafts", "manual", "summary", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
            var draft = root.GetProperty("drafts")[0];
            Assert.Equal(["key", "document", "title", "article", "category", "pattern", "before", "after", "aratamebun", "note", "findings", "changes"],
                draft.EnumerateObject().Select(p => p.Name));
            Assert.Equal("PAPER", draft.GetProperty("category").GetString());
            Assert.Equal("又は電磁的方法", draft.GetProperty("after").GetString()!.Substring(draft.GetProperty("changes")[0].GetProperty("afterStart").GetInt32(), 7));
            Assert.Equal("VISUAL", root.GetProperty("manual")[0].GetProperty("category").GetString());
            var categories = root.GetProperty("summary").GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString());
            Assert.Equal(["VISUAL", "PAPER"], categories);
        }
    }

    public sealed class Html
    {
        [Fact]
        public void Escapes_the_inputs_and_underlines_the_changed_words_in_the_order_asked_for()
        {
            var html = Write(new DraftHtmlWriter());
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("<u class=\"after\">又は電磁的方法</u>", html, StringComparison.Ordinal);
            Assert.True(html.IndexOf("<th>改正後</th>", StringComparison.Ordinal) < html.IndexOf("<th>改正前</th>", StringComparison.Ordinal));
            Assert.Contains("（傍線部分は改正部分）", html, StringComparison.Ordinal);
            Assert.Contains("この条例は、令和　年　月　日から施行する。", html, StringComparison.Ordinal);
            var swapped = Write(new DraftHtmlWriter(), DraftColumnOrder.BeforeAfter);
            Assert.True(swapped.IndexOf("<th>改正前</th>", StringComparison.Ordinal) < swapped.IndexOf("<th>改正後</th>", StringComparison.Ordinal));
        }
    }
}
