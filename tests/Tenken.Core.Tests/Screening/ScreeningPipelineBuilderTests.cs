using Tenken.Core.Diagnostics;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Screening;

public sealed class ScreeningPipelineBuilderTests
{
    private static ArticleResult Screen(ScreeningPipeline pipeline, string text)
    {
        var fixture = new ScreeningFixture("inline", "case", text, []);
        var article = fixture.ToArticle();
        return pipeline.Screen(article, ScreeningFixture.Document(article));
    }

    public sealed class UseLexiconFile
    {
        [Fact]
        public void AddsAMunicipalityTermAndReportsBadLinesWithFileAndLine()
        {
            using var folder = new TempFolder();
            var path = folder.File("city.tsv");
            File.WriteAllText(path, "IN_PERSON\t窓口に来所\tcue\t0.8\t市独自の言い回し\nIN_PERSON\t来所\tfoo\n");
            var bag = new DiagnosticBag();
            var pipeline = new ScreeningPipelineBuilder().UseLexiconFile(path).Build(bag);

            var result = Screen(pipeline, "申請者は、市役所の窓口に来所して申請しなければならない。");

            Assert.Equal([RegulationCategory.InPerson], result.Categories);
            Assert.Contains("lex:IN_PERSON:窓口に来所", result.Findings[0].Rules);
            var d = Assert.Single(bag.ToList());
            Assert.Equal((path, 2), (d.File, d.Line));
        }

        [Fact]
        public void AnOffLineSwitchesABuiltInCueOff()
        {
            const string text = "管理者は、毎日、施設を巡視しなければならない。";
            Assert.Contains(RegulationCategory.Visual, Screen(new ScreeningPipelineBuilder().Build(), text).Categories);

            var pipeline = new ScreeningPipelineBuilder().UseLexiconText("city", "VISUAL\t巡視\toff\nPERIODIC\t巡視\toff").Build();

            Assert.False(Screen(pipeline, text).Analog);
        }
    }

    public sealed class Build
    {
        [Fact]
        public void BuiltInLexiconLoadsWithoutDiagnostics()
        {
            var bag = new DiagnosticBag();
            var pipeline = new ScreeningPipelineBuilder().Build(bag);
            Assert.Equal(0, bag.Count);
            Assert.Contains(pipeline.LexiconEntries, e => e.Pattern == "立入検査");
            Assert.All(Categories.All, c => Assert.Contains(pipeline.LexiconEntries, e => e.Category == c.Category));
        }

        [Fact]
        public void MinimumConfidenceMovesWeakFindingsToSuppressed()
        {
            var pipeline = new ScreeningPipelineBuilder { Options = new ScreeningOptions { MinimumConfidence = 0.95 } }.Build();
            var result = Screen(pipeline, "事業者は、事務所ごとに、専任の管理者を置かなければならない。");
            Assert.False(result.Analog);
            Assert.Contains(result.Suppressed, s => s.RuleId == "confidence.low");
        }
    }
}
