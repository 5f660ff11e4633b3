using System.Diagnostics;
using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Text;
using Tenken.Core.Reports.Text;
using Tenken.Core.Screening;
using Tenken.Core.Structure;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// Screening stays near-linear in the article (issue 18 item 5): one article of 20,000 items, each with paper,
/// seal, counter, inspection and online-route wording, took 47 s at 1,000 items and over 5 minutes at 2,000 while the
/// manner search, the route rule and the place lookup paired every cue with every hit. It now screens in about a
/// second (bench/screen-big-article.sh); the bound leaves room for a loaded machine and still fails the old code.
/// </summary>
public sealed class ScreeningScaleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private static readonly string[] Phrases =
    [
        "申請書に記名押印し、窓口に提出しなければならない。", "施設について市長の検査を受けなければならない。",
        "事務所に掲示しなければならない。", "前項の規定にかかわらず、電子情報処理組織を使用する方法により行うことができる。",
        "書類を添付し、閲覧に供しなければならない。", "管理者を置かなければならない。", "1年に1回以上点検を行うものとする。",
    ];

    [Collection(nameof(TimedTests))]
    public sealed class Screen
    {
        [Fact]
        public void AnArticleOfTwentyThousandCueDenseItemsScreensInNearLinearTime()
        {
            var text = new StringBuilder("○規模の確認条例\n第1条　事業者は、次に掲げる書面を市長に提出しなければならない。\n");
            for (var i = 0; i < 20_000; i++)
                text.Append('（').Append(i + 1).Append('）').Append(Phrases[i % Phrases.Length]).Append(Phrases[(i * 3 + 1) % Phrases.Length]).Append('\n');
            var bag = new DiagnosticBag();
            var document = StructureParser.Parse(new DocumentHeader("big", "big.txt", "text"), TextLines.Split(text.ToString()), new ReadContext(ReaderOptions.Default, bag));
            var article = Assert.Single(document.Articles);
            var screener = new ScreeningPipelineBuilder().Build(bag);

            var clock = Stopwatch.StartNew();
            var result = screener.Screen(article, document);
            var places = ArticlePlaces.For(article).Of(result.Findings.SelectMany(f => f.Cues).Select(c => c.Start));
            clock.Stop();

            Assert.True(result.Analog);
            Assert.EndsWith("第1条（20000）", places, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < Bound, $"20,000 items screened in {clock.Elapsed.TotalSeconds:F1} s (bound {Bound.TotalSeconds} s)");
        }
    }
}
