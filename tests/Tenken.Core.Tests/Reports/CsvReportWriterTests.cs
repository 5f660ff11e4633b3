using System.Text;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Columns;
using Tenken.Core.Reports.Csv;
using Tenken.Tests.Support;

namespace Tenken.Core.Tests.Reports;

public sealed class CsvReportWriterTests
{
    public sealed class Write
    {
        private readonly ReviewReport _report = SampleReport.Create();
        private readonly byte[] _bytes;
        private readonly List<List<string>> _records;

        public Write()
        {
            using var stream = new MemoryStream();
            new CsvReportWriter().Write(_report, stream, ReportOptions.Default);
            _bytes = stream.ToArray();
            _records = Rfc4180.Parse(Encoding.UTF8.GetString(_bytes));
        }

        [Fact]
        public void Starts_with_a_UTF8_byte_order_mark() => Assert.Equal([0xEF, 0xBB, 0xBF], _bytes[..3]);

        [Fact]
        public void Has_the_workbook_columns_and_one_record_per_finding_in_order()
        {
            Assert.Equal(ReviewColumns.For(_report).Select(c => c.Header), _records[0]);
            var findings = SampleReport.Findings(_report);
            Assert.Equal(findings.Count + 1, _records.Count);
            Assert.Equal(findings.Select(f => f.Finding.Id), _records.Skip(1).Select(r => r[0]));
            Assert.All(_records, r => Assert.Equal(_records[0].Count, r.Count));
        }

        [Fact]
        public void Keeps_quotes_commas_and_line_breaks_inside_fields()
        {
            var text = _records[0].IndexOf("条文");
            var articles = SampleReport.Findings(_report).Select(f => f.Article).ToList();
            var multiline = articles.First(a => a.Text.Contains('\n', StringComparison.Ordinal));
            Assert.Contains(_records, r => r[text] == multiline.Text);
            var quoted = articles.First(a => a.Text.Contains("\",\"", StringComparison.Ordinal));
            Assert.Contains(_records, r => r[text] == "'" + quoted.Text);
        }

        [Fact]
        public void Prefixes_a_quote_to_every_field_that_could_start_a_formula()
        {
            var fields = _records.SelectMany(r => r).ToList();
            Assert.DoesNotContain(fields, f => f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠' or '\t' or '\r');
            Assert.Contains("'" + SampleReport.Hyperlink + "の書面により掲示しなければならない。" + SampleReport.Script, fields);
            Assert.Contains("'+1 書面により届け出なければならない。", fields);
            Assert.Contains("'-1 書面により届け出なければならない。", fields);
            Assert.Contains("'@SUM(A1) 書面により届け出なければならない。", fields);
            Assert.Contains("'@規則", fields);
            Assert.Contains("'=改正予定", fields);
        }
    }
}
