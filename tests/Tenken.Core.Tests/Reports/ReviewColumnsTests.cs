using Tenken.Core.Reports;
using Tenken.Core.Reports.Columns;
using Tenken.Tests.Support;

namespace Tenken.Core.Tests.Reports;

public sealed class ReviewColumnsTests
{
    public sealed class For
    {
        [Fact]
        public void Has_the_import_contract_columns_once_each()
        {
            var headers = ReviewColumns.For(SampleReport.Create()).Select(c => c.Header).ToList();
            Assert.Equal(headers.Count, headers.Distinct().Count());
            foreach (var name in new[] { "ID", "条文キー", "判定", "担当者", "備考" })
                Assert.Single(headers, h => h == name);
        }

        [Fact]
        public void Adds_ai_precedent_and_conflict_columns_only_when_some_finding_has_them()
        {
            var report = SampleReport.Create();
            var plain = report with
            {
                Documents = [.. report.Documents.Select(d => d with
                {
                    Articles = [.. d.Articles.Select(a => a with { Findings = [.. a.Findings.Select(f => f with { Ai = null, Decision = null, Precedents = [] })] })],
                })],
            };
            var all = ReviewColumns.For(report).Select(c => c.Header).ToList();
            var some = ReviewColumns.For(plain).Select(c => c.Header).ToList();
            Assert.Equal(["AI判定", "類似の先例", "再確認"], all.Except(some));
        }

        [Fact]
        public void Verdict_choices_are_the_three_judgements()
        {
            var verdict = ReviewColumns.For(SampleReport.Create()).Single(c => c.Header == "判定");
            Assert.Equal(ColumnKind.Choice, verdict.Kind);
            Assert.Equal(["該当", "非該当", "要検討"], verdict.Choices);
            Assert.Equal(ReportLabels.VerdictChoices, verdict.Choices);
        }
    }
}
