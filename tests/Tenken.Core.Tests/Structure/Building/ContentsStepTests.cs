using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class ContentsStepTests
{
    public sealed class Ends
    {
        [Fact]
        public void TheContentsEndWhenTheirFirstHeadingComesASecondTime()
        {
            var contents = new ContentsStep();

            Assert.False(contents.Ends(Line("第1章　総則（第1条―第3条）")));
            Assert.False(contents.Ends(Line("第2章　手続（第4条―第9条）")));
            Assert.False(contents.Ends(Line("附則")));
            Assert.True(contents.Ends(Line("第1章　総則")));
        }

        [Theory]
        [InlineData("第1条　この条例は、")]
        [InlineData("（目的）")]
        public void TheContentsEndAtTheFirstArticleOrCaption(string text) => Assert.True(new ContentsStep().Ends(Line(text)));
    }
}
