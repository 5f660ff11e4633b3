using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class BuildContextTests
{
    public sealed class EnsureTarget
    {
        [Fact]
        public void WithNothingOpenItOpensTheMainProvisionUnitAndItsFirstParagraph()
        {
            var context = new BuildFixture().Context;

            var target = context.EnsureTarget(Line("区分　金額", 4));

            Assert.Equal("本則", context.Article!.Title);
            Assert.Same(context.Article.Paragraphs[0], target);
            Assert.Same(target, context.EnsureTarget(Line("住民票　300円", 5)));
        }
    }

    public sealed class CloseArticle
    {
        [Theory]
        [InlineData(false, 0)]
        [InlineData(true, 1)]
        public void ASupplementaryProvisionOfParagraphsOnlyIsKeptOnlyWhenAskedFor(bool supplementaryParagraphs, int units)
        {
            var context = new BuildFixture(supplementaryParagraphs).Context;
            context.SupplementaryIndex = 1;
            context.AddParagraph(context.StartUnit(Line("この規則は、公布の日から施行する。", 9)), 9).Text.Append("この規則は、公布の日から施行する。");

            context.CloseArticle();

            Assert.Equal(units, context.Units.Count);
            Assert.Null(context.Article);
            Assert.Null(context.Target);
        }

        [Fact]
        public void AnArticleWithoutParagraphsIsDropped()
        {
            var context = new BuildFixture().Context;
            context.StartUnit(Line("本文", 1));

            context.CloseArticle();

            Assert.Empty(context.Units);
        }
    }
}
