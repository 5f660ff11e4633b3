using Tenken.Core.Numerals;

namespace Tenken.Core.Tests.Numerals;

public sealed class NumeralRunsTests
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
        [InlineData("三十億円", "3000000000円")]
        [InlineData("零", "0")]
        [InlineData("書面により", "書面により")]
        [InlineData("", "")]
        public void RewritesNumeralRuns(string text, string expected) => Assert.Equal(expected, NumeralRuns.ToDigits(text));

        [Theory]
        [InlineData("十百の", "十百の")]
        [InlineData("元の場所", "元の場所")]
        [InlineData("○○市", "○○市")]
        [InlineData("壱番地", "壱番地")]
        public void LeavesMalformedRunsAndOldOrMarkFormsAsWritten(string text, string expected) => Assert.Equal(expected, NumeralRuns.ToDigits(text));
    }
}
