using Tenken.Core.Numerals;

namespace Tenken.Core.Tests.Numerals;

public sealed class ArticleNumberTests
{
    public sealed class TryRead
    {
        [Theory]
        [InlineData("第一条", "1")]
        [InlineData("第十条の二", "10_2")]
        [InlineData("第１０条の２の３", "10_2_3")]
        [InlineData("第10条の2", "10_2")]
        [InlineData("第百二十三条", "123")]
        [InlineData("第五条から第七条まで", "5:7")]
        [InlineData("第5条から第7条まで", "5:7")]
        [InlineData("第十六条の四十三から第十六条の四十五まで", "16_43:16_45")]
        [InlineData("第百十条及び第百十一条", "110:111")]
        [InlineData("第二十条乃至第七十三条", "20:73")]
        public void ReadsNumbersBranchesAndRanges(string text, string num)
        {
            Assert.True(ArticleNumber.TryRead(text, out var n));
            Assert.Equal(num, n!.Num);
            Assert.Equal(text, n.Title);
            Assert.Equal(text.Length, n.Length);
        }

        [Fact]
        public void StopsBeforeTextThatIsNotABranch()
        {
            Assert.True(ArticleNumber.TryRead("第2条の規定により", out var n));
            Assert.Equal("2", n!.Num);
            Assert.Equal("第2条", n.Title);
        }

        [Theory]
        [InlineData("第一章")]
        [InlineData("第条")]
        [InlineData("一条")]
        public void RejectsWhatIsNotAnArticle(string text) => Assert.False(ArticleNumber.TryRead(text, out _));

        [Fact]
        public void ReadsOtherCounters()
        {
            Assert.True(ArticleNumber.TryRead("第二章の二", '章', out var n));
            Assert.Equal("2_2", n!.Num);
        }
    }

    public sealed class FormatKanji
    {
        [Theory]
        [InlineData("10_2", "第十条の二")]
        [InlineData("5:7", "第五条から第七条まで")]
        [InlineData("123", "第百二十三条")]
        public void WritesLabels(string num, string expected) => Assert.Equal(expected, ArticleNumber.FormatKanji(num));

        [Fact]
        public void RoundTripsThroughTryRead()
        {
            for (var n = 1; n <= 999; n++)
            {
                foreach (var num in new[] { $"{n}", $"{n}_2", $"{n}_2_3", $"{n}:{n + 2}" })
                    Assert.Equal(num, ArticleNumber.ToNum(ArticleNumber.FormatKanji(num)));
            }
        }
    }
}
