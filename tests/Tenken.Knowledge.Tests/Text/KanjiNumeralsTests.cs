using Tenken.Knowledge.Text;

namespace Tenken.Knowledge.Tests.Text;

public sealed class KanjiNumeralsTests
{
    public sealed class ToDigits
    {
        [Theory]
        [InlineData("第百二十三条", "第123条")]
        [InlineData("第十条の二", "第10条の2")]
        [InlineData("三十日以内", "30日以内")]
        [InlineData("昭和二十二年法律第六十七号", "昭和22年法律第67号")]
        [InlineData("二〇二四年", "2024年")]
        [InlineData("千九百九十九", "1999")]
        [InlineData("一万二千", "12000")]
        [InlineData("書面により", "書面により")]
        public void Rewrites_numeral_runs(string text, string expected) => Assert.Equal(expected, KanjiNumerals.ToDigits(text));
    }
}

public sealed class RetrievalTextTests
{
    public sealed class Normalize
    {
        [Fact]
        public void Applies_nfkc_numerals_and_drops_parentheses_and_spaces()
        {
            var text = "第１２条　申請者は、（昭和二十二年法律第六十七号）書面を\n提出しなければならない。";
            Assert.Equal("第12条申請者は、書面を提出しなければならない。", RetrievalText.Normalize(text));
        }

        [Fact]
        public void Keeps_text_with_an_unbalanced_parenthesis()
        {
            Assert.Equal("a(b", RetrievalText.Normalize("a（b"));
        }
    }
}
