using Tenken.Core.Reports.Text;

namespace Tenken.Core.Tests.Reports;

public sealed class FormulaGuardTests
{
    public sealed class ForCsv
    {
        [Theory]
        [InlineData("=1+1", "'=1+1")]
        [InlineData("+81", "'+81")]
        [InlineData("-1", "'-1")]
        [InlineData("@SUM(A1)", "'@SUM(A1)")]
        [InlineData("\tx", "'\tx")]
        [InlineData("\rx", "'\rx")]
        [InlineData("＝ＨＹＰＥＲＬＩＮＫ", "'＝ＨＹＰＥＲＬＩＮＫ")]
        [InlineData("第一条 =1+1", "第一条 =1+1")]
        [InlineData("", "")]
        public void Prefixes_a_quote_only_when_the_value_starts_like_a_formula(string value, string expected) =>
            Assert.Equal(expected, FormulaGuard.ForCsv(value));
    }
}
