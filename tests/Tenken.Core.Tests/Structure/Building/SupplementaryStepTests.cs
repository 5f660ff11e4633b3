using Tenken.Core.Structure;
using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class SupplementaryStepTests
{
    private static (BuildFixture Fixture, SupplementaryStep Supplementary, ArticleStep Articles) Steps()
    {
        var fixture = new BuildFixture();
        var captions = new CaptionStep(fixture.Context);
        var articles = new ArticleStep(fixture.Context, captions);
        return (fixture, new SupplementaryStep(fixture.Context, captions, articles), articles);
    }

    public sealed class Start
    {
        [Fact]
        public void ClosesTheArticleLeavesTheDivisionsAndRestartsTheNumbering()
        {
            var (fixture, supplementary, articles) = Steps();
            fixture.Context.Divisions.Enter(2, "第5章　雑則");
            articles.Start(Line("第30条　この条例の施行に関し必要な事項は、規則で定める。"));

            supplementary.Start(Line("附　則"));

            Assert.Single(fixture.Context.Units);
            Assert.Null(fixture.Context.Article);
            Assert.Equal((1, "附　則"), (fixture.Context.SupplementaryIndex, fixture.Context.SupplementaryLabel));
            Assert.Empty(fixture.Context.Divisions.Headings());
            Assert.True(articles.ContinuesNumbering(Line("第1条　この条例は、")));
        }
    }

    public sealed class TakeNumber
    {
        [Fact]
        public void TheNumberRightAfterTheHeadingJoinsTheLabel()
        {
            var (fixture, supplementary, _) = Steps();
            supplementary.Start(Line("附　則"));

            Assert.True(supplementary.TakeNumber(Line("（平成20年3月31日規則第5号）", hint: LineHint.Number)));
            Assert.Equal("附　則（平成20年3月31日規則第5号）", fixture.Context.SupplementaryLabel);
        }

        [Fact]
        public void ANumberAfterAnyOtherLineIsNotTaken()
        {
            var (_, supplementary, _) = Steps();
            supplementary.Start(Line("附　則"));

            Assert.False(supplementary.TakeNumber(Line("この規則は、公布の日から施行する。")));
            Assert.False(supplementary.TakeNumber(Line("（平成20年3月31日規則第5号）", hint: LineHint.Number)));
        }
    }
}
