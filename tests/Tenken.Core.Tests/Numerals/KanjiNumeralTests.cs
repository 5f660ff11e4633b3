using Tenken.Core.Numerals;

namespace Tenken.Core.Tests.Numerals;

public sealed class KanjiNumeralTests
{
    public sealed class TryParse
    {
        [Theory]
        [InlineData("一", 1)]
        [InlineData("十", 10)]
        [InlineData("十一", 11)]
        [InlineData("二十", 20)]
        [InlineData("百", 100)]
        [InlineData("百二十三", 123)]
        [InlineData("千", 1000)]
        [InlineData("二千二十五", 2025)]
        [InlineData("一万", 10000)]
        [InlineData("一万二千三百四十五", 12345)]
        [InlineData("十万", 100000)]
        [InlineData("一一", 11)]
        [InlineData("八七", 87)]
        [InlineData("二〇二〇", 2020)]
        [InlineData("元", 1)]
        [InlineData("壱", 1)]
        [InlineData("弐拾参", 23)]
        [InlineData("〇", 0)]
        public void ReadsLegalAndPositionalForms(string text, int expected)
        {
            Assert.True(KanjiNumeral.TryParse(text, out var value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("")]
        [InlineData("十百")]
        [InlineData("万万")]
        [InlineData("一a")]
        [InlineData("元元")]
        [InlineData("条")]
        public void RejectsMalformed(string text) => Assert.False(KanjiNumeral.TryParse(text, out _));

        [Theory]
        [InlineData("二十二億")]
        [InlineData("九八七六五四三二一〇")]
        public void RejectsWhatDoesNotFitAnInt(string text) => Assert.False(KanjiNumeral.TryParse(text, out _));
    }

    public sealed class TryParseInt64
    {
        [Theory]
        [InlineData("三十億", 3_000_000_000)]
        [InlineData("一億二千万", 120_000_000)]
        [InlineData("九千九百九十九兆", -1)]
        [InlineData("一二三四五六七八九〇一二三四五六七八九〇", -1)]
        [InlineData("十百", -1)]
        public void ReadsLargeAmountsAndRefusesOverflow(string text, long expected)
        {
            var ok = KanjiNumeral.TryParseInt64(text, out var value);
            Assert.Equal(expected >= 0, ok);
            if (ok)
                Assert.Equal(expected, value);
        }
    }

    public sealed class Format
    {
        [Theory]
        [InlineData(1, "一")]
        [InlineData(10, "十")]
        [InlineData(15, "十五")]
        [InlineData(110, "百十")]
        [InlineData(1000, "千")]
        [InlineData(1234, "千二百三十四")]
        [InlineData(10000, "一万")]
        [InlineData(11000, "一万千")]
        [InlineData(20000, "二万")]
        public void WritesAsLawsPrint(int value, string expected) => Assert.Equal(expected, KanjiNumeral.Format(value));

        [Fact]
        public void RoundTripsEveryNumberUpTo9999()
        {
            for (var n = 1; n <= 9999; n++)
            {
                var kanji = KanjiNumeral.Format(n);
                Assert.True(KanjiNumeral.TryParse(kanji, out var back), kanji);
                Assert.Equal(n, back);
            }
        }

        [Fact]
        public void RoundTripsLargeNumbers()
        {
            var random = new Random(42);
            for (var i = 0; i < 5000; i++)
            {
                var n = random.Next(10000, 999_999_999);
                Assert.True(KanjiNumeral.TryParse(KanjiNumeral.Format(n), out var back));
                Assert.Equal(n, back);
            }
        }
    }
}
