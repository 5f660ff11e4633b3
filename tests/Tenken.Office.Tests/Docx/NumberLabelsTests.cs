using Tenken.Office.Reading.Docx;

namespace Tenken.Office.Tests.Docx;

public sealed class NumberLabelsTests
{
    public sealed class Format
    {
        [Theory]
        [InlineData(1, "japaneseCounting", "一")]
        [InlineData(10, "japaneseCounting", "十")]
        [InlineData(11, "japaneseCounting", "十一")]
        [InlineData(20, "japaneseCounting", "二十")]
        [InlineData(105, "japaneseCounting", "百五")]
        [InlineData(1234, "japaneseCounting", "千二百三十四")]
        [InlineData(10, "ideographDigital", "一〇")]
        [InlineData(2, "decimalFullWidth", "２")]
        [InlineData(12, "decimal", "12")]
        [InlineData(3, "iroha", "ハ")]
        [InlineData(48, "irohaFullWidth", "イ")]
        [InlineData(2, "aiueoFullWidth", "イ")]
        [InlineData(3, "decimalEnclosedCircle", "③")]
        [InlineData(4, "decimalEnclosedParen", "(4)")]
        [InlineData(2, "ideographTraditional", "乙")]
        [InlineData(9, "lowerRoman", "ix")]
        [InlineData(27, "upperLetter", "AA")]
        public void Renders_like_word(int n, string format, string expected) => Assert.Equal(expected, NumberLabels.Format(n, format));
    }
}
