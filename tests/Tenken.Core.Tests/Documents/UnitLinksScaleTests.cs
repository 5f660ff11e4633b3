using System.Diagnostics;
using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Text;
using Tenken.Core.Structure;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Documents;

/// <summary>
/// Linking stays linear (issue 18): a 様式 named by every article of a long document gets as many links, and checking
/// each new link against the list of the earlier ones made `tenken parse` quadratic (20,000 articles: 8 s).
/// </summary>
public sealed class UnitLinksScaleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Collection(nameof(TimedTests))]
    public sealed class Of
    {
        [Fact]
        public void AFormNamedByFortyThousandArticlesIsLinkedInLinearTime()
        {
            var text = new StringBuilder("○様式の確認条例\n");
            for (var i = 1; i <= 40_000; i++)
                text.Append($"第{i}条　申請書（様式第1号）を提出する。\n");
            text.Append("様式第1号（第1条関係）\n申請書\n");
            var context = new ReadContext(ReaderOptions.Default, new DiagnosticBag());
            var document = StructureParser.Parse(new DocumentHeader("big", "big.txt", "text"), TextLines.Split(text.ToString()), context);

            var clock = Stopwatch.StartNew();
            var links = UnitLinks.Of(document);
            var elapsed = clock.Elapsed;

            Assert.Equal(40_000, links.For("big#様式第1号").Count);
            Assert.Equal("big#40000", links.For("big#様式第1号")[^1].Key);
            // The note （第1条関係） names 第1条, which also names the form: one link each way, not two.
            Assert.Equal("様式第1号", Assert.Single(links.For("big#1")).Label);
            Assert.True(elapsed < Bound, $"linking 40,000 articles to one 様式 took {elapsed.TotalSeconds:F1} s (bound {Bound.TotalSeconds} s)");
        }
    }
}
