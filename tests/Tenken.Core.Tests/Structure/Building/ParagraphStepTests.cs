using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class ParagraphStepTests
{
    public sealed class Start
    {
        [Fact]
        public void ANumberOutOfOrderIsKeptAndWarnedAbout()
        {
            var fixture = new BuildFixture();
            var captions = new CaptionStep(fixture.Context);
            new ArticleStep(fixture.Context, captions).Start(Line("第1条　申請は、書面でする。"));
            var paragraphs = new ParagraphStep(fixture.Context, captions);

            paragraphs.Start(Line("３　前項の申請は、", 2));

            var article = fixture.Context.Article!;
            Assert.Equal(["1", "3"], article.Paragraphs.Select(p => p.Num));
            Assert.Equal("３", article.Paragraphs[1].NumText);
            Assert.Same(article.Paragraphs[1], fixture.Context.Target);
            var warning = Assert.Single(fixture.Diagnostics.ToList());
            Assert.Equal(("TK2003", 2), (warning.Code, warning.Line));
        }

        [Fact]
        public void OutsideAnyArticleItOpensTheSupplementaryUnitWithTheHeldCaption()
        {
            var fixture = new BuildFixture();
            fixture.Context.SupplementaryIndex = 1;
            var captions = new CaptionStep(fixture.Context);
            captions.Hold(Line("（施行期日）"));

            new ParagraphStep(fixture.Context, captions).Start(Line("１　この規則は、公布の日から施行する。"));

            var unit = fixture.Context.Article!;
            Assert.True(unit.IsUnit);
            Assert.Equal("附則", unit.Title);
            Assert.Equal("（施行期日）", Assert.Single(unit.Paragraphs).Caption);
            Assert.Empty(fixture.Codes);
        }
    }
}
