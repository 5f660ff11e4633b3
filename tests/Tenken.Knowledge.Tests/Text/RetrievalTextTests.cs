using Tenken.Knowledge.Text;

namespace Tenken.Knowledge.Tests.Text;

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
