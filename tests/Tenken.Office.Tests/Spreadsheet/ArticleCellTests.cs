using Tenken.Office.Reading.Spreadsheet;

namespace Tenken.Office.Tests.Spreadsheet;

public sealed class ArticleCellTests
{
    public sealed class Parse
    {
        [Theory]
        [InlineData("第十条の二", "10_2", "第十条の二")]
        [InlineData("第10条の2", "10_2", "第10条の2")]
        [InlineData("第１０条の２", "10_2", "第１０条の２")]
        [InlineData("10の2", "10_2", "第十条の二")]
        [InlineData("10-2", "10_2", "第十条の二")]
        [InlineData("１０", "10", "第十条")]
        [InlineData(" 第 三 条 ", "3", "第三条")]
        [InlineData("十二", "12", "第十二条")]
        public void Reads_article_numbers_in_any_notation(string cell, string num, string title)
        {
            var parsed = ArticleCell.Parse(cell);
            Assert.NotNull(parsed);
            Assert.Equal(num, parsed.Num);
            Assert.Equal(title, parsed.Title);
            Assert.False(parsed.Supplementary);
        }

        [Theory]
        [InlineData("第五条から第七条まで", "5:7", "第五条から第七条まで")]
        [InlineData("第十一条及び第十二条", "11:12", "第十一条及び第十二条")]
        [InlineData("第二十条乃至第七十三条", "20:73", "第二十条乃至第七十三条")]
        public void Reads_ranges_of_deleted_articles(string cell, string num, string title)
        {
            var parsed = ArticleCell.Parse(cell);
            Assert.NotNull(parsed);
            Assert.Equal((num, title), (parsed.Num, parsed.Title));
        }

        [Fact]
        public void Reads_paragraph_and_item_after_the_article()
        {
            var parsed = ArticleCell.Parse("第3条第2項第4号");
            Assert.NotNull(parsed);
            Assert.Equal(("3", 2, 4), (parsed.Num, parsed.Paragraph, parsed.Item));
        }

        [Theory]
        [InlineData("附則", null, null)]
        [InlineData("附　則", null, null)]
        [InlineData("附則第2条", null, "2")]
        [InlineData("附則（平成20年条例第5号）", "（平成20年条例第5号）", null)]
        [InlineData("附則(平成20年条例第5号)第1条", "(平成20年条例第5号)", "1")]
        public void Reads_supplementary_provisions(string cell, string? label, string? num)
        {
            var parsed = ArticleCell.Parse(cell);
            Assert.NotNull(parsed);
            Assert.True(parsed.Supplementary);
            Assert.Equal(label, parsed.SupplementaryLabel);
            Assert.Equal(num, parsed.Num);
        }

        [Fact]
        public void Empty_cell_has_no_article()
        {
            var parsed = ArticleCell.Parse("  ");
            Assert.Same(ArticleCell.Empty, parsed);
        }

        [Theory]
        [InlineData("目的")]
        [InlineData("第X条")]
        [InlineData("第3条ほか")]
        [InlineData("附則（未完")]
        public void Unreadable_cell_gives_null(string cell) => Assert.Null(ArticleCell.Parse(cell));
    }
}
