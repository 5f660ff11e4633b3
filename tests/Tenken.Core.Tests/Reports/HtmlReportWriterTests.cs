using System.Text;
using System.Text.RegularExpressions;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Html;
using Tenken.Tests.Support;

namespace Tenken.Core.Tests.Reports;

public sealed class HtmlReportWriterTests
{
    public sealed class Write
    {
        private readonly ReviewReport _report = SampleReport.Create();
        private readonly string _html;

        public Write()
        {
            using var stream = new MemoryStream();
            new HtmlReportWriter().Write(_report, stream, ReportOptions.Default);
            _html = Encoding.UTF8.GetString(stream.ToArray());
        }

        [Fact]
        public void Escapes_every_text_from_the_inputs()
        {
            Assert.DoesNotContain("<script>alert", _html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", _html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>読み込めません</b>", _html, StringComparison.Ordinal);
            Assert.Contains("&lt;b&gt;読み込めません&lt;/b&gt;", _html, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(_html, "<script>"));
        }

        [Fact]
        public void Loads_nothing_from_the_network()
        {
            Assert.DoesNotMatch("<[^>]*\\s(src|href)\\s*=", _html);
            Assert.DoesNotMatch("<link|@import|url\\(", _html);
            Assert.Matches("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", _html);
        }

        [Fact]
        public void Marks_exactly_the_cue_words_of_each_finding()
        {
            var marks = Regex.Matches(_html, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value).ToList();
            var expected = SampleReport.Findings(_report)
                .SelectMany(f => Core.Reports.Text.CueSpans.Merge(f.Finding.Cues, f.Article.Text.Length).Select(s => System.Net.WebUtility.HtmlEncode(f.Article.Text[s.Start..s.End])))
                .ToList();
            Assert.Equal(expected, marks);
        }

        [Fact]
        public void Has_one_table_row_per_finding_and_a_chart_per_category_and_document()
        {
            Assert.Equal(SampleReport.Findings(_report).Select(f => f.Finding.Id), Regex.Matches(_html, "<tr id=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
            Assert.Equal(11, Regex.Matches(_html, "<g class=\"bar\" data-cat=").Count);
            Assert.Equal(2, Regex.Matches(_html, "<g class=\"bar\" data-doc=").Count);
        }
    }
}
