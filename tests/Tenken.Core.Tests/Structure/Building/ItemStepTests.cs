using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class ItemStepTests
{
    public sealed class Add
    {
        [Fact]
        public void AnItemGoesUnderTheLastParagraphAndTakesTheNextLine()
        {
            var fixture = new BuildFixture();
            new ArticleStep(fixture.Context, new CaptionStep(fixture.Context)).Start(Line("第1条　次に掲げる書類"));
            var items = new ItemStep(fixture.Context);

            items.Add(Line("一　申請書"));
            items.Add(Line("二　住民票"));

            var paragraph = Assert.Single(fixture.Context.Article!.Paragraphs);
            Assert.Equal(["1", "2"], paragraph.Build().Items.Select(i => i.Num));
            Assert.Equal("住民票", fixture.Context.Target!.Text.ToString());
            Assert.Empty(fixture.Codes);
        }

        [Fact]
        public void AnItemBeforeAnyArticleIsWarnedAboutAndKeptInTheMainProvision()
        {
            var fixture = new BuildFixture();

            new ItemStep(fixture.Context).Add(Line("一　申請書"));

            Assert.Equal("本則", fixture.Context.Article!.Title);
            Assert.Equal(["TK2001"], fixture.Codes);
        }
    }
}
