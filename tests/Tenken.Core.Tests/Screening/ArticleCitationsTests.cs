using Tenken.Core.Screening.Basis;

namespace Tenken.Core.Tests.Screening;

public sealed class ArticleCitationsTests
{
    public sealed class FirstAlias
    {
        [Theory]
        [InlineData("法第十条の規定により届け出る。", "法", "第十条")]
        [InlineData("施行令第三条第一項第二号に掲げる者", "施行令", "第三条第一項")]
        [InlineData("同法第五条の二の三第二項の許可", "同法", "第五条の二の三第二項")]
        [InlineData("規則第2条第1項の申請書", "規則", "第2条第1項")]
        public void FindsTheAliasAndArticleAtTheStartOfARun(string text, string alias, string article) =>
            Assert.Equal((alias, article), ArticleCitations.FirstAlias(text, _ => true));

        [Fact]
        public void SkipsAWholeMatchWhoseAliasIsNotKnown()
        {
            const string text = "条例第三条及び法第四条の規定";
            Assert.Equal(("法", "第四条"), ArticleCitations.FirstAlias(text, a => a == "法"));
        }

        [Fact]
        public void IgnoresACitationInsideARunLongerThanTwelveCharacters() =>
            Assert.Null(ArticleCitations.FirstAlias("長大長大長大長大長大長大長大法第一条", _ => true));
    }

    public sealed class FirstNamedLaw
    {
        [Theory]
        [InlineData("地方自治法第百八十条の二の規定", "地方自治法", "第百八十条の二")]
        [InlineData("市長又は地方自治法第十条", "地方自治法", "第十条")]
        [InlineData("風俗営業等の規制", null, null)]
        [InlineData("同法第五条の規定", null, null)]
        [InlineData("法第五条の規定", null, null)]
        public void FindsALawNameEndingInHouBeforeAnArticle(string text, string? name, string? article) =>
            Assert.Equal(name is null ? null : (name, article!), ArticleCitations.FirstNamedLaw(text));
    }

    public sealed class ArticleNumberAt
    {
        [Theory]
        [InlineData("第十条の規定", 0, "第十条")]
        [InlineData("第十条の二第三項第一号", 0, "第十条の二第三項")]
        [InlineData("第１２条の３", 0, "第１２条の３")]
        [InlineData("第十項", 0, null)]
        [InlineData("次条", 0, null)]
        [InlineData("法第十条", 0, null)]
        public void ReadsTheArticleNumberStartingExactlyThere(string text, int position, string? expected) =>
            Assert.Equal(expected, ArticleCitations.ArticleNumberAt(text, position));
    }
}
