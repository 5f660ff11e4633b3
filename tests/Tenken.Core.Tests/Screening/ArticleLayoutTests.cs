using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Tests.Screening;

public sealed class ArticleLayoutTests
{
    public sealed class Build
    {
        private const string Text = "市長は、次に掲げる書類を提出させることができる。ただし、規則で定める場合は、この限りでない。\n  一　申請書（規則で定める様式によるもの。以下同じ。）\n  二　図面\n２　前項の書類は、保存しなければならない。";

        [Fact]
        public void SplitsSentencesOutsideBrackets()
        {
            var layout = ArticleLayout.Build(Text);
            Assert.Equal(["市長は、次に掲げる書類を提出させることができる。", "ただし、規則で定める場合は、この限りでない。", "申請書（規則で定める様式によるもの。以下同じ。）", "図面", "前項の書類は、保存しなければならない。"],
                layout.Sentences.Select(s => Text[s.Start..s.End]));
        }

        [Fact]
        public void KnowsParagraphsItemsLeadsAndProvisos()
        {
            var s = ArticleLayout.Build(Text).Sentences;
            Assert.Equal([1, 1, 1, 1, 2], s.Select(x => x.Paragraph));
            Assert.Equal([0, 0, 1, 1, 0], s.Select(x => x.Depth));
            Assert.Equal([-1, -1, 0, 0, -1], s.Select(x => x.Lead));
            Assert.Equal([false, true, false, false, false], s.Select(x => x.IsProviso));
        }

        [Fact]
        public void FindsTheSentenceAtAPosition()
        {
            var layout = ArticleLayout.Build(Text);
            Assert.Equal(4, layout.At(Text.IndexOf("保存", StringComparison.Ordinal))!.Index);
            Assert.Null(layout.At(Text.IndexOf('\n')));
        }

        [Fact]
        public void FindsEverySentenceAtItsFirstAndLastCharacterAndNothingOutsideTheText()
        {
            var layout = ArticleLayout.Build(Text);
            foreach (var s in layout.Sentences)
            {
                Assert.Same(s, layout.At(s.Start));
                Assert.Same(s, layout.At(s.End - 1));
            }
            Assert.Null(layout.At(-1));
            Assert.Null(layout.At(Text.Length));
            Assert.Null(ArticleLayout.Build("").At(0));
        }
    }
}
