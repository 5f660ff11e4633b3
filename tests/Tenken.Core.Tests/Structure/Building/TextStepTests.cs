using Tenken.Core.Structure;
using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class TextStepTests
{
    private static (BuildFixture Fixture, TextStep Text) Open(string articleLine, bool numberedParagraphs = false)
    {
        var fixture = new BuildFixture();
        var captions = new CaptionStep(fixture.Context);
        new ArticleStep(fixture.Context, captions).Start(Line(articleLine));
        fixture.Context.NumberedParagraphs = numberedParagraphs;
        return (fixture, new TextStep(fixture.Context, new ParagraphStep(fixture.Context, captions)));
    }

    private static IEnumerable<string> Paragraphs(BuildFixture fixture) => fixture.Context.Article!.Paragraphs.Select(p => p.Text.ToString());

    public sealed class Add
    {
        [Fact]
        public void InOldStyleALineAfterAFinishedSentenceIsTheNextParagraph()
        {
            var (fixture, text) = Open("第1条　申請は、書面でする。");

            text.Add(Line("前項の申請は、"));
            text.Add(Line("町長にする。"));

            Assert.Equal(["申請は、書面でする。", "前項の申請は、町長にする。"], Paragraphs(fixture));
        }

        [Theory]
        [InlineData("ただし、町長が認めるときは、この限りでない。")]
        [InlineData("この場合において、町長は、")]
        public void AProvisoContinuesTheSentenceAbove(string line)
        {
            var (fixture, text) = Open("第1条　申請は、書面でする。");

            text.Add(Line(line));

            Assert.Equal(["申請は、書面でする。" + line], Paragraphs(fixture));
        }

        [Fact]
        public void WhereTheArticleNumbersItsParagraphsAnUnnumberedLineIsWrapped()
        {
            var (fixture, text) = Open("第1条　申請は、書面でする。", numberedParagraphs: true);

            text.Add(Line("前項の申請は、町長にする。"));

            Assert.Equal(["申請は、書面でする。前項の申請は、町長にする。"], Paragraphs(fixture));
        }

        [Fact]
        public void CellsAfterAFinishedSentenceAreATableRow()
        {
            var (fixture, text) = Open("第1条　手数料は、次のとおりとする。");

            text.Add(Line("区分\t金額"));
            text.Add(Line("住民票の写し　　300円"));

            Assert.Equal(["区分　金額", "住民票の写し　300円"], fixture.Context.Article!.Paragraphs[0].Rows);
        }

        [Fact]
        public void TheReadersContinuationHintJoinsTheLineWhateverItSays()
        {
            var (fixture, text) = Open("第1条　申請は、書面でする。");

            text.Add(Line("前項の申請は、", hint: LineHint.Continuation));

            Assert.Equal(["申請は、書面でする。前項の申請は、"], Paragraphs(fixture));
        }
    }
}
