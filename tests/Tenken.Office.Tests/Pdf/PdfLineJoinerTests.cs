using Tenken.Office.Reading.Pdf;

namespace Tenken.Office.Tests.Pdf;

public sealed class PdfLineJoinerTests
{
    private const double PageWidth = 595;

    // A4 with 10.5pt letters: text from x=90 to x=505 (40 letters a line).
    private static PdfTextLine Line(string text, int page = 1, double? right = null, bool wide = false) =>
        new(page, text, 700, 90, right ?? 90 + 10.5 * text.Length, 10.5, wide);

    private static List<string> Joined(params PdfTextLine[] lines) =>
        [.. PdfLineJoiner.Join([[.. lines]], [PageWidth]).Select(l => l.Text)];

    public sealed class Join
    {
        [Fact]
        public void JoinsALineThatRunsToTheMarginInTheMiddleOfASentence() =>
            Assert.Equal(["第2条　印鑑の登録を受けようとする者は、印鑑登録申請書（様式第1号）に規則で定める書類を添えて、市長に提出しなければならない。"],
                Joined(Line("第2条　印鑑の登録を受けようとする者は、印鑑登録申請書（様式第1号）に規則で定める"), Line("書類を添えて、市長に提出しなければならない。")));

        [Theory]
        [InlineData("(1)　本市の住民基本台帳に記録されている者")]
        [InlineData("第3条　印鑑の登録を受けることができる者は、次のとおりとする。")]
        [InlineData("2　市長は、前項の申請があったときは、確認するものとする。")]
        [InlineData("（登録の資格）")]
        [InlineData("様式第1号（第2条関係）")]
        [InlineData("附　則")]
        public void DoesNotJoinALineThatStartsAUnitOfItsOwn(string next) =>
            Assert.Equal(2, Joined(Line("第2条　印鑑の登録を受けようとする者は、次の各号に掲げる事項を記載した申請書を"), Line(next)).Count);

        [Fact]
        public void DoesNotJoinAfterAFinishedSentence() =>
            Assert.Equal(2, Joined(Line("第1条　この条例は、市民の印鑑の登録及び証明に関し必要な事項を定めるものとする。"), Line("確認するものとする。")).Count);

        [Fact]
        public void DoesNotJoinAShortLineOrALayoutLine()
        {
            Assert.Equal(["印鑑登録申請書", "年　　月　　日"], Joined(Line("印鑑登録申請書"), Line("年　　月　　日")));
            Assert.Equal(2, Joined(Line("氏名　　　　　　　　　　　　　　　　　　　　　　　　　　　　　印", wide: true), Line("生年月日")).Count);
        }

        [Fact]
        public void KeepsThePageASentenceStartsOnWhenItRunsOntoTheNext()
        {
            var lines = PdfLineJoiner.Join([[Line("第4条　印鑑の登録を受けている者は、登録事項に変更があったときは、速やかに印鑑登録", page: 1)], [Line("事項変更届により市長に届け出なければならない。", page: 2)]], [PageWidth, PageWidth]);

            var line = Assert.Single(lines);
            Assert.Equal(1, line.Number);
            Assert.EndsWith("速やかに印鑑登録事項変更届により市長に届け出なければならない。", line.Text, StringComparison.Ordinal);
        }
    }
}
