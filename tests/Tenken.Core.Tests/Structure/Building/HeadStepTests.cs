using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class HeadStepTests
{
    public sealed class Take
    {
        [Fact]
        public void TakesTheTitleTheNumberAndAPreambleAndDropsRevisionNotes()
        {
            var head = new HeadStep(new BuildFixture().Context);

            Assert.True(head.Take(Line("○かつらぎ町表彰規程", 1)));
            Assert.True(head.Take(Line("平成9年11月14日", 2, Tenken.Core.Structure.LineHint.Number)));
            Assert.True(head.Take(Line("条例第25号", 3, Tenken.Core.Structure.LineHint.Number)));
            Assert.True(head.Take(Line("改正　平成10年3月30日条例第5号", 4)));
            Assert.True(head.Take(Line("町民の福祉の増進を図るため、", 5)));
            Assert.True(head.Take(Line("この条例を制定する。", 6)));
            Assert.False(head.Take(Line("第1条　この規程は、", 7)));

            Assert.Equal("かつらぎ町表彰規程", head.Title);
            Assert.Equal("平成9年11月14日条例第25号", head.Number);
            var preamble = head.Preamble();
            Assert.NotNull(preamble);
            Assert.Equal("町民の福祉の増進を図るため、\nこの条例を制定する。", preamble.Text);
            Assert.Equal(5, preamble.Line);
        }

        [Fact]
        public void AShortFirstLineWithoutASentenceIsTheTitle()
        {
            var head = new HeadStep(new BuildFixture().Context);

            head.Take(Line("補助金交付要綱", 1));

            Assert.Equal("補助金交付要綱", head.Title);
            Assert.Null(head.Preamble());
        }

        [Fact]
        public void ASecondParagraphAfterThePreambleMakesThePreambleTheFirstParagraphOfTheMainProvision()
        {
            var fixture = new BuildFixture();
            var head = new HeadStep(fixture.Context);
            head.Take(Line("○補助金交付要綱", 1));
            head.Take(Line("この要綱は、", 2));
            head.Take(Line("補助金について定める。", 3));

            Assert.False(head.Take(Line("２　補助金は、", 4)));

            var unit = fixture.Context.Article;
            Assert.NotNull(unit);
            Assert.Equal("本則", unit.Title);
            var first = Assert.Single(unit.Paragraphs);
            Assert.Equal("この要綱は、補助金について定める。", first.Text.ToString());
            Assert.Equal(2, first.Line);
            Assert.Null(head.Preamble());
        }
    }
}
