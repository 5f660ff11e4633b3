using System.Text;
using System.Text.Json;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Json;
using Tenken.Tests.Support;

namespace Tenken.Core.Tests.Reports;

public sealed class JsonReportWriterTests
{
    public sealed class Write
    {
        private readonly ReviewReport _report = SampleReport.Create();
        private readonly JsonElement _root;

        public Write()
        {
            using var stream = new MemoryStream();
            new JsonReportWriter().Write(_report, stream, ReportOptions.Default);
            _root = JsonDocument.Parse(stream.ToArray()).RootElement;
        }

        [Fact]
        public void Lists_every_article_and_every_finding_with_its_cue_spans()
        {
            var articles = _root.GetProperty("articles").EnumerateArray().ToList();
            Assert.Equal(_report.Articles.Select(a => a.Article.Key), articles.Select(a => a.GetProperty("key").GetString()));
            var findings = articles.SelectMany(a => a.GetProperty("findings").EnumerateArray().Select(f => (Text: a.GetProperty("text").GetString()!, Finding: f))).ToList();
            Assert.Equal(SampleReport.Findings(_report).Select(f => f.Finding.Id), findings.Select(f => f.Finding.GetProperty("id").GetString()));
            foreach (var (text, f) in findings)
            {
                foreach (var cue in f.GetProperty("cues").EnumerateArray())
                    Assert.Equal(cue.GetProperty("text").GetString(), text[cue.GetProperty("start").GetInt32()..cue.GetProperty("end").GetInt32()]);
            }
        }

        [Fact]
        public void Each_finding_has_its_judgement_place_decision_and_ai_review()
        {
            var f = Finding("tenken-test-jorei#2:IN_PERSON");
            Assert.Equal("非該当(AI)", f.GetProperty("judgement").GetString());
            Assert.Equal("第二条第二項第二号、第二条第二項第二号イ", f.GetProperty("place").GetString());
            Assert.False(f.GetProperty("active").GetBoolean());
            Assert.Equal("demoted", f.GetProperty("ai").GetProperty("status").GetString());
            Assert.Equal("A市", f.GetProperty("precedents")[0].GetProperty("municipality").GetString());
            var seal = Finding("tenken-test-jorei#2:SEAL");
            Assert.Equal("該当", seal.GetProperty("decision").GetProperty("verdict").GetString());
            Assert.True(seal.GetProperty("decision").GetProperty("conflict").GetBoolean());
            Assert.Equal("要検討(一部電子化)", Finding("tenken-test-jorei#6:PAPER").GetProperty("judgement").GetString());
        }

        [Fact]
        public void Summary_counts_agree_with_the_articles()
        {
            var summary = _root.GetProperty("summary");
            Assert.Equal(7, summary.GetProperty("articles").GetInt32());
            Assert.Equal(10, summary.GetProperty("findings").GetInt32());
            Assert.Equal(9, summary.GetProperty("activeFindings").GetInt32());
            Assert.Equal(1, summary.GetProperty("errors").GetInt32());
            var paper = summary.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "PAPER");
            Assert.Equal(5, paper.GetProperty("findings").GetInt32());
            var first = summary.GetProperty("documents")[0];
            Assert.Equal(5, first.GetProperty("active").GetProperty("PAPER").GetInt32());
            Assert.False(first.GetProperty("active").TryGetProperty("IN_PERSON", out _));
        }

        [Fact]
        public void Changes_are_listed_with_their_Japanese_kind()
        {
            var changes = _root.GetProperty("changes").EnumerateArray().ToList();
            Assert.Equal(["新規", "変更", "削除"], changes.Select(c => c.GetProperty("kindName").GetString()));
            Assert.Equal("added", changes[0].GetProperty("kind").GetString());
        }

        private JsonElement Finding(string id) => _root.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray()).Single(f => f.GetProperty("id").GetString() == id);
    }

    public sealed class BeginStream
    {
        private readonly ReviewReport _report = SampleReport.Create(withChanges: false);

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Writes_byte_for_byte_what_Write_gives(bool prepared)
        {
            var expected = new MemoryStream();
            new JsonReportWriter().Write(_report, expected, ReportOptions.Default);

            var writer = new JsonReportWriter();
            if (prepared)
            {
                foreach (var document in _report.Documents)
                    writer.Prepare(document, ReportOptions.Default);
            }
            var streamed = new MemoryStream();
            using (var stream = writer.BeginStream(streamed, ReportOptions.Default))
            {
                foreach (var document in _report.Documents)
                    stream.Add(document);
                stream.Finish(_report);
            }
            Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(streamed.ToArray()));
        }

        [Fact]
        public void Puts_the_articles_first_so_the_file_can_grow_while_scanning()
        {
            var output = new MemoryStream();
            using (var stream = new JsonReportWriter().BeginStream(output, ReportOptions.Default))
            {
                stream.Add(_report.Documents[0]);
                var partial = Encoding.UTF8.GetString(output.ToArray());
                Assert.Contains(_report.Documents[0].Articles[0].Article.Key, partial, StringComparison.Ordinal);
                Assert.DoesNotContain("\"summary\"", partial, StringComparison.Ordinal);
                foreach (var document in _report.Documents.Skip(1))
                    stream.Add(document);
                stream.Finish(_report);
            }
            var root = JsonDocument.Parse(output.ToArray()).RootElement;
            Assert.Equal(["schemaVersion", "articles", "diagnostics", "run", "summary"], root.EnumerateObject().Select(p => p.Name));
        }
    }
}
