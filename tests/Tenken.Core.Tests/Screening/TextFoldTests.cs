using Tenken.Core.Screening.Lexicon;

namespace Tenken.Core.Tests.Screening;

public sealed class TextFoldTests
{
    public sealed class Fold
    {
        [Fact]
        public void FoldsSmallKanaAndFullWidthWithoutMovingOffsets()
        {
            const string text = "書面をもって提出（ＣＤ－ＲＯＭ）";
            var folded = TextFold.Fold(text);
            Assert.Equal("書面をもつて提出(CD-ROM)", folded);
            Assert.Equal(text.Length, folded.Length);
        }

        [Fact]
        public void FoldsEveryCharacterOfAStringAsItFoldsTheCharacterAlone()
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var ch = (char)c;
                Assert.Equal(TextFold.Fold(ch), TextFold.Fold("漢" + ch + "字")[1]);
            }
        }

        [Fact]
        public void ReturnsTheSameStringWhenNothingFolds()
        {
            const string text = "書面により通知しなければならない。";
            Assert.Same(text, TextFold.Fold(text));
        }
    }
}
