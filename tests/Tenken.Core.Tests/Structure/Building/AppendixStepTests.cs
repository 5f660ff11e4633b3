using Tenken.Core.Documents;
using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class AppendixStepTests
{
    private static (BuildFixture Fixture, AppendixStep Appendices, ArticleStep Articles) Steps()
    {
        var fixture = new BuildFixture();
        var captions = new CaptionStep(fixture.Context);
        var articles = new ArticleStep(fixture.Context, captions);
        return (fixture, new AppendixStep(fixture.Context, captions, articles), articles);
    }

    public sealed class Take
    {
        [Fact]
        public void TheBlockTakesItsLinesAndAnArticleThatDoesNotContinueTheNumbering()
        {
            var (fixture, appendices, articles) = Steps();
            articles.Start(Line("第3条　手数料は、別表のとおりとする。", 1));
            appendices.Open(Line("別表（第3条関係）", 2));

            Assert.True(appendices.Take(Line("区分　金額", 3)));
            Assert.True(appendices.Take(Line("第2条　300円", 4)));
            Assert.False(appendices.Take(Line("第4条　この規則は、", 5)));

            var table = fixture.Context.Units[^1];
            Assert.Equal(ProvisionKind.Table, table.Provision);
            Assert.Equal("区分　金額\n第2条　300円", table.Text);
        }

        [Fact]
        public void ASupplementaryProvisionEndsTheBlockAndANewHeadingStartsTheNext()
        {
            var (fixture, appendices, _) = Steps();
            appendices.Open(Line("様式第1号（第3条関係）", 1));

            Assert.True(appendices.Take(Line("様式第2号（第4条関係）", 2)));
            Assert.True(appendices.Take(Line("届出書", 3)));
            Assert.False(appendices.Take(Line("附　則", 4)));

            Assert.Equal(["t#様式第1号", "t#様式第2号"], fixture.Context.Units.Select(u => u.Key));
        }
    }
}
