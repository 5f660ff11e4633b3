using Tenken.Core.Documents;
using Tenken.Core.Screening.Basis;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Screening;

public sealed class LegalBasisFinderTests
{
    private static (Article Article, OrdinanceDocument Document) Doc(string kind, params string[] texts)
    {
        var articles = texts.Select((t, i) => new ScreeningFixture("inline", $"a{i}", t, []).ToArticle()).ToList();
        var document = new OrdinanceDocument { Id = "d", Title = "点検市道路占用料条例", Kind = kind, SourcePath = "d.txt", Format = "text", Articles = articles };
        return (articles[^1], document);
    }

    public sealed class Find
    {
        [Fact]
        public void CitedLawWithNumberIsNational()
        {
            var (article, document) = Doc("条例", "道路法（昭和二十七年法律第百八十号）第三十二条第一項の許可を受けた者は、市長に届け出なければならない。");
            Assert.Equal(new LegalBasis(LegalBasisKind.NationalLaw, "道路法第三十二条第一項"), new LegalBasisFinder().Find(article, document));
        }

        [Fact]
        public void AbbreviationDefinedElsewhereInTheDocumentIsResolved()
        {
            var (article, document) = Doc("条例",
                "この条例は、道路法（昭和二十七年法律第百八十号。以下「法」という。）の施行に関し必要な事項を定める。",
                "法第三十九条の規定による占用料は、別表のとおりとする。");
            Assert.Equal("道路法第三十九条", new LegalBasisFinder().Find(article, document).Citation);
        }

        [Fact]
        public void LawNameWithoutNumberStartsAfterAConjunction()
        {
            var (article, document) = Doc("条例", "市長又は地方自治法第百八十条の二の規定により委任を受けた者は、書面により通知しなければならない。");
            Assert.Equal("地方自治法第百八十条の二", new LegalBasisFinder().Find(article, document).Citation);
        }

        [Fact]
        public void MunicipalStyleWithArabicDigitsAndHalfWidthParentheses()
        {
            var (article, document) = Doc("条例",
                "この条例において使用する用語は、道路交通法(昭和35年法律第105号。以下「法」という。)の例による。",
                "駐車場に駐車できるものは、法第2条第1項第8号に規定する車両とする。");
            Assert.Equal("道路交通法第2条第1項", new LegalBasisFinder().Find(article, document).Citation);
        }

        [Fact]
        public void OwnOrdinanceWithoutCitationIsOwnRule()
        {
            var (article, document) = Doc("条例", "市長は、公園の利用者に対し、必要な指示をすることができる。");
            Assert.Equal(LegalBasisKind.OwnRule, new LegalBasisFinder().Find(article, document).Kind);
        }
    }
}
