using Tenken.Core.Structure;
using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class ArticleStepTests
{
    private static (BuildFixture Fixture, ArticleStep Articles) Steps()
    {
        var fixture = new BuildFixture();
        return (fixture, new ArticleStep(fixture.Context, new CaptionStep(fixture.Context)));
    }

    public sealed class Start
    {
        [Fact]
        public void ClosesTheArticleAboveAndOpensOneWhoseFirstParagraphTakesTheNextLine()
        {
            var (fixture, articles) = Steps();
            fixture.Context.Divisions.Enter(2, "第1章　総則");
            articles.Start(Line("第1条　この規則は、", 1));
            articles.Start(Line("第2条　申請は、", 2));

            var built = Assert.Single(fixture.Context.Units);
            Assert.Equal("t#1", built.Key);
            Assert.Equal(["第1章　総則"], built.Divisions);
            var open = fixture.Context.Article!;
            Assert.Equal("2", open.Num);
            Assert.Same(open.Paragraphs[0], fixture.Context.Target);
        }
    }

    public sealed class LooksLikeTableRow
    {
        [Theory]
        [InlineData("第四十四条　行政不服審査会等　審査会", true)]
        [InlineData("第二条　審査会", true)]
        [InlineData("第二条　審査会は、置く。", false)]
        [InlineData("第二条　削除", false)]
        public void AnArticleLineWithoutASentenceGoingBackOrWithCellsIsARow(string text, bool row)
        {
            var (_, articles) = Steps();
            articles.Start(Line("第五十条　次の表のとおり読み替える。"));

            Assert.Equal(row, articles.LooksLikeTableRow(Line(text)));
        }

        [Fact]
        public void NoArticleOpenOrTheReadersHintMeansAnArticle()
        {
            var (_, articles) = Steps();
            Assert.False(articles.LooksLikeTableRow(Line("第二条　審査会")));

            articles.Start(Line("第五十条　次の表のとおり読み替える。"));
            Assert.False(articles.LooksLikeTableRow(Line("第二条　審査会", hint: LineHint.Article)));
        }
    }

    public sealed class ContinuesNumbering
    {
        [Fact]
        public void OnlyAHigherMainNumberContinuesAndEachSupplementaryProvisionRestarts()
        {
            var (_, articles) = Steps();
            articles.Start(Line("第3条の2　申請は、"));

            Assert.False(articles.ContinuesNumbering(Line("第3条　手数料")));
            Assert.True(articles.ContinuesNumbering(Line("第4条　届出は、")));
            articles.RestartNumbering();
            Assert.True(articles.ContinuesNumbering(Line("第1条　この規則は、")));
        }
    }

    public sealed class CompareNums
    {
        [Theory]
        [InlineData("54", "54_2", -1)]
        [InlineData("54_2", "55", -1)]
        [InlineData("55", "55", 0)]
        [InlineData("5:7", "6", 1)]
        public void OrdersNumbersAsTheyArePrinted(string a, string b, int sign) => Assert.Equal(sign, Math.Sign(ArticleStep.CompareNums(a, b)));
    }
}
