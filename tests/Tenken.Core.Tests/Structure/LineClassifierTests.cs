using Tenken.Core.Structure;

namespace Tenken.Core.Tests.Structure;

public sealed class LineClassifierTests
{
    private static ClassifiedLine Classify(string text, LineHint hint = LineHint.None) => LineClassifier.Classify(new SourceLine(1, text, hint));

    public sealed class Classify_
    {
        [Theory]
        [InlineData("○かつらぎ町表彰規程", LineKind.Title)]
        [InlineData("平成9年11月14日　条例第25号", LineKind.Number)]
        [InlineData("令和２年３月規則第５号", LineKind.Number)]
        [InlineData("（平成20年3月31日規則第5号）", LineKind.Number)]
        [InlineData("目　次", LineKind.TableOfContents)]
        [InlineData("第1章　総則", LineKind.Division)]
        [InlineData("第二節の二　雑則", LineKind.Division)]
        [InlineData("（目的）", LineKind.Caption)]
        [InlineData("(目的)", LineKind.Caption)]
        [InlineData("第一条　この条例は…", LineKind.Article)]
        [InlineData("第１０条の２　…", LineKind.Article)]
        [InlineData("第5条から第7条まで　削除", LineKind.Article)]
        [InlineData("第5条から第7条まで削除", LineKind.Article)]
        [InlineData("２　前項の…", LineKind.Paragraph)]
        [InlineData("2 前項の…", LineKind.Paragraph)]
        [InlineData("一　証明", LineKind.Item)]
        [InlineData("(1)　親展文書", LineKind.Item)]
        [InlineData("①　条例", LineKind.Item)]
        [InlineData("ア　現金書留", LineKind.Item)]
        [InlineData("附　則", LineKind.Supplementary)]
        [InlineData("附則（平成20年3月31日規則第5号）", LineKind.Supplementary)]
        [InlineData("附　則　（平成一一年法律第八七号）　抄", LineKind.Supplementary)]
        [InlineData("別表（第3条関係）", LineKind.Appendix)]
        [InlineData("別表第1　手数料の額（第5条関係）", LineKind.Appendix)]
        [InlineData("別記様式(第7条関係)", LineKind.Appendix)]
        [InlineData("様式第1号(第3条関係)", LineKind.Appendix)]
        [InlineData("第2条の規定により…", LineKind.Text)]
        [InlineData("第2条第1項に規定する", LineKind.Text)]
        [InlineData("附則第2項の規定は", LineKind.Text)]
        [InlineData("別表第1に掲げる額", LineKind.Text)]
        [InlineData("別表第七　別表第十三", LineKind.Text)]
        [InlineData("（以下「法」という。）", LineKind.Text)]
        [InlineData("一部を改正する", LineKind.Text)]
        [InlineData("20年以内", LineKind.Text)]
        [InlineData("　　", LineKind.Blank)]
        public void DecidesTheKindFromTheText(string text, LineKind kind) => Assert.Equal(kind, Classify(text).Kind);

        [Fact]
        public void SplitsTheLabelFromTheBody()
        {
            var line = Classify("第十条の二（目的）　この条例は");
            Assert.Equal("第十条の二", line.Label);
            Assert.Equal("10_2", line.Num);
            Assert.Equal("（目的）", line.Caption);
            Assert.Equal("この条例は", line.Body);
        }

        [Fact]
        public void TheReadersHintWins()
        {
            Assert.Equal(LineKind.Paragraph, Classify("この条例は、公布の日から施行する。", LineHint.Paragraph).Kind);
            Assert.Equal(LineKind.Caption, Classify("（目的）", LineHint.Caption).Kind);
            Assert.Equal(LineKind.Ignore, Classify("第1条　ナビゲーション", LineHint.Ignore).Kind);
            Assert.Equal(LineKind.TableRow, Classify("名称　位置", LineHint.TableRow).Kind);
        }
    }
}
