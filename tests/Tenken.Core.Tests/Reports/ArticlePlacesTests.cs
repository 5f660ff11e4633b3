using Tenken.Core.Documents;
using Tenken.Core.Reports.Text;

namespace Tenken.Core.Tests.Reports;

public sealed class ArticlePlacesTests
{
    private static readonly Article Article = new()
    {
        Key = "d#10_2",
        DocumentId = "d",
        Num = "10_2",
        Title = "第十条の二",
        Paragraphs =
        [
            new Paragraph { Num = "1", Text = "申請は書面による。" },
            new Paragraph
            {
                Num = "2",
                NumText = "２",
                Caption = "（届出）",
                Text = "次の事項を届け出る。",
                Items =
                [
                    new Item { Num = "1", Title = "一", Text = "氏名" },
                    new Item { Num = "12", Title = "十二", Text = "押印", Children = [new Item { Num = "1", Title = "イ", Text = "実印", Depth = 2 }] },
                ],
            },
        ],
    };

    public sealed class Of
    {
        [Theory]
        [InlineData("書面", "第十条の二第一項")]
        [InlineData("次の事項", "第十条の二第二項")]
        [InlineData("（届出）", "第十条の二第二項")]
        [InlineData("氏名", "第十条の二第二項第一号")]
        [InlineData("押印", "第十条の二第二項第十二号")]
        [InlineData("実印", "第十条の二第二項第十二号イ")]
        public void Names_the_paragraph_and_item_a_cue_falls_in(string cue, string expected) =>
            Assert.Equal(expected, ArticlePlaces.For(Article).Of([Article.Text.IndexOf(cue, StringComparison.Ordinal)]));

        [Fact]
        public void Joins_distinct_places_in_text_order_and_names_the_article_without_cues()
        {
            var places = ArticlePlaces.For(Article);
            var text = Article.Text;
            Assert.Equal("第十条の二第二項第一号、第十条の二第二項第十二号イ",
                places.Of([text.IndexOf("実印", StringComparison.Ordinal), text.IndexOf("氏名", StringComparison.Ordinal), text.IndexOf("実印", StringComparison.Ordinal)]));
            Assert.Equal("第十条の二", places.Of([]));
        }

        [Fact]
        public void Omits_the_paragraph_of_a_single_paragraph_article_and_prefixes_the_supplementary_label()
        {
            var article = new Article
            {
                Key = "d#附則1#1", DocumentId = "d", Num = "1", Title = "第一条", Provision = ProvisionKind.Supplementary,
                SupplementaryLabel = "附　則（平成一一年法律第八七号）",
                Paragraphs = [new Paragraph { Num = "1", Text = "この法律は、公布の日から施行する。" }],
            };
            Assert.Equal("附則（平成一一年法律第八七号）第一条", ArticlePlaces.For(article).Of([3]));
        }
    }
}
