using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class CaptionStepTests
{
    private static (BuildFixture Fixture, CaptionStep Captions, ArticleStep Articles) Steps()
    {
        var fixture = new BuildFixture();
        var captions = new CaptionStep(fixture.Context);
        return (fixture, captions, new ArticleStep(fixture.Context, captions));
    }

    public sealed class ForArticle
    {
        [Fact]
        public void AHeldCaptionHeadsTheNextArticleAndTheRunAfterItUntilADeletedArticle()
        {
            var (_, captions, _) = Steps();
            captions.Hold(Line("（手数料）"));

            Assert.Equal("（手数料）", captions.ForArticle(Line("第5条　手数料は、"), deleted: false));
            Assert.Equal("（手数料）", captions.ForArticle(Line("第6条　前条の手数料は、"), deleted: false));
            Assert.Null(captions.ForArticle(Line("第7条　削除"), deleted: true));
            Assert.Null(captions.ForArticle(Line("第8条　この規則は、"), deleted: false));
        }

        [Fact]
        public void ACaptionOnTheArticleLineStartsANewRun()
        {
            var (_, captions, _) = Steps();
            captions.Hold(Line("（手数料）"));
            captions.ForArticle(Line("第5条　手数料は、"), deleted: false);

            Assert.Equal("（目的）", captions.ForArticle(Line("第6条（目的）　この規則は、"), deleted: false));
            captions.EndRun();
            Assert.Null(captions.ForArticle(Line("第7条　この規則は、"), deleted: false));
        }
    }

    public sealed class Flush
    {
        [Fact]
        public void ACaptionStandingAloneAfterAnArticleBecomesItsLastParagraph()
        {
            var (fixture, captions, articles) = Steps();
            articles.Start(Line("第1条　申請は、書面でする。", 1));
            captions.Hold(Line("（罰則　第十条）", 2));

            var article = fixture.Context.Article!;
            Assert.False(captions.IsPending);
            Assert.Equal(["申請は、書面でする。", "（罰則　第十条）"], article.Paragraphs.Select(p => p.Text.ToString()));
            Assert.Equal("2", article.Paragraphs[1].Num);
            Assert.Empty(fixture.Codes);
        }

        [Fact]
        public void ACaptionBeforeTextIsPartOfTheTextWithAWarning()
        {
            var (fixture, captions, articles) = Steps();
            articles.Start(Line("第1条　申請は、", 1));
            captions.Hold(Line("（書面による）", 2));

            captions.Flush();

            Assert.Equal("申請は、（書面による）", fixture.Context.Article!.Paragraphs[0].Text.ToString());
            Assert.Equal(["TK2007"], fixture.Codes);
        }
    }
}
