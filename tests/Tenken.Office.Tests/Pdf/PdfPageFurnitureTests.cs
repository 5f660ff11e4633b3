using Tenken.Office.Reading.Pdf;

namespace Tenken.Office.Tests.Pdf;

public sealed class PdfPageFurnitureTests
{
    private const double Height = 842;

    private static PdfTextLine At(string text, double baseline, int page = 1) => new(page, text, baseline, 90, 90 + 10.5 * text.Length, 10.5, false);

    public sealed class Remove
    {
        [Theory]
        [InlineData("1")]
        [InlineData("- 12 -")]
        [InlineData("－１２－")]
        [InlineData("3/10")]
        [InlineData("3 頁")]
        public void DropsAPageNumberAtTheBottomOrTop(string number)
        {
            var pages = PdfPageFurniture.Remove([[At("第1条　目的", 700), At(number, 40)], [At(number, 800), At("第2条　定義", 700)]], [Height, Height]);

            Assert.Equal(["第1条　目的", "第2条　定義"], pages.SelectMany(p => p).Select(l => l.Text));
        }

        [Fact]
        public void KeepsANumberInTheMiddleOfThePage()
        {
            var pages = PdfPageFurniture.Remove([[At("区分　金額", 500), At("300", 480)]], [Height]);

            Assert.Equal(2, pages[0].Count);
        }

        [Fact]
        public void DropsARunningHeaderButNotHeadingsThatDifferFromPageToPage()
        {
            var pages = PdfPageFurniture.Remove(
                [[At("点検市例規集", 800, 1), At("○点検市印鑑条例", 760, 1)],
                 [At("点検市例規集", 800, 2), At("様式第1号（第2条関係）", 760, 2)],
                 [At("点検市例規集", 800, 3), At("様式第2号（第4条関係）", 760, 3)]],
                [Height, Height, Height]);

            Assert.Equal(["○点検市印鑑条例", "様式第1号（第2条関係）", "様式第2号（第4条関係）"], pages.SelectMany(p => p).Select(l => l.Text));
        }

        [Fact]
        public void KeepsASentenceThatHappensToEndSeveralPages()
        {
            const string wrapped = "2　市長は、前項の申請があったときは、その内容を審査し、適当と認めるときは、こ";
            var pages = PdfPageFurniture.Remove(
                [[At("第1条　目的", 700, 1), At(wrapped, 80, 1)],
                 [At("れを承認する。", 760, 2), At(wrapped, 80, 2)],
                 [At("れを承認する。", 760, 3), At("第3条　委任", 700, 3)]],
                [Height, Height, Height]);

            Assert.Equal(2, pages.SelectMany(p => p).Count(l => l.Text == wrapped));
        }

        [Fact]
        public void KeepsARepeatedFirstLineThatRunsOnWithTheText()
        {
            const string repeated = "2　市長は、前項の申請があったときは、その内容を審査し、適当と認めるときは、こ";
            var pages = PdfPageFurniture.Remove(
                [[At(repeated, 760, 1), At("れを承認する。", 745, 1), At("第1条　目的", 720, 1), At("第2条　定義", 695, 1)],
                 [At(repeated, 760, 2), At("れを承認する。", 745, 2), At("第3条　委任", 720, 2), At("第4条　施行", 695, 2)]],
                [Height, Height]);

            Assert.Equal(8, pages.SelectMany(p => p).Count());
        }

        [Fact]
        public void KeepsALineRepeatedAtDifferentHeights()
        {
            var pages = PdfPageFurniture.Remove([[At("附　則", 800, 1), At("第1条", 700, 1)], [At("附　則", 760, 2), At("第2条", 700, 2)]], [Height, Height]);

            Assert.Equal(4, pages.SelectMany(p => p).Count());
        }

        [Fact]
        public void KeepsTheFirstLineOfASinglePage()
        {
            var pages = PdfPageFurniture.Remove([[At("点検市例規集", 800), At("第1条　目的", 700)]], [Height]);

            Assert.Equal(2, pages[0].Count);
        }
    }
}
