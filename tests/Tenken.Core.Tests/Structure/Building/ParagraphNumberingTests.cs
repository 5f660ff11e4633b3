using Tenken.Core.Structure;
using Tenken.Core.Structure.Building;
using static Tenken.Core.Tests.Structure.Building.BuildFixture;

namespace Tenken.Core.Tests.Structure.Building;

public sealed class ParagraphNumberingTests
{
    public sealed class Of
    {
        [Fact]
        public void MarksEveryLineOfAnArticleThatNumbersItsParagraphsAndNoLineOfOneThatDoesNot()
        {
            var numbered = ParagraphNumbering.Of([
                Line("第1条　申請者は、"), Line("書面で申請する。"), Line("２　前項の申請は、"),
                Line("第2条　届出は、書面でする。"), Line("この場合において、"),
            ]);

            Assert.Equal([true, true, true, false, false], numbered);
        }

        [Fact]
        public void AParagraphTheReaderMarkedWithoutANumberDoesNotNumberTheArticle()
        {
            var numbered = ParagraphNumbering.Of([Line("第1条　申請は、書面でする。"), Line("前項の申請は、町長にする。", hint: LineHint.Paragraph)]);

            Assert.Equal([false, false], numbered);
        }

        [Fact]
        public void ASupplementaryBlockOrAnAppendedBlockIsASegmentOfItsOwn()
        {
            var numbered = ParagraphNumbering.Of([
                Line("第1条　この規則は、"), Line("２　前項の"), Line("附　則"), Line("この規則は、公布の日から施行する。"),
                Line("別表（第1条関係）"), Line("２　手数料"),
            ]);

            Assert.Equal([true, true, false, false, true, true], numbered);
        }
    }
}
