using Tenken.Core.Numerals;

namespace Tenken.Core.Tests.Numerals;

public sealed class ArabicNumeralTests
{
    public sealed class TryParse
    {
        [Theory]
        [InlineData("12", 12)]
        [InlineData("１２", 12)]
        [InlineData("1２", 12)]
        public void ReadsBothWidths(string text, int expected)
        {
            Assert.True(ArabicNumeral.TryParse(text, out var value));
            Assert.Equal(expected, value);
        }

        [Fact]
        public void RejectsOverflow() => Assert.False(ArabicNumeral.TryParse("99999999999", out _));
    }

    public sealed class ToFullWidth
    {
        [Fact]
        public void RoundTrips()
        {
            for (var n = 0; n <= 2000; n++)
            {
                Assert.True(ArabicNumeral.TryParse(ArabicNumeral.ToFullWidth(n), out var back));
                Assert.Equal(n, back);
            }
        }
    }
}

public sealed class IrohaTests
{
    public sealed class IndexOf
    {
        [Theory]
        [InlineData('イ', 1)]
        [InlineData('ロ', 2)]
        [InlineData('ハ', 3)]
        [InlineData('ス', 47)]
        [InlineData('ン', 0)]
        public void FollowsThePoem(char kana, int expected) => Assert.Equal(expected, Iroha.IndexOf(kana));

        [Fact]
        public void RoundTripsAll47()
        {
            for (var i = 1; i <= 47; i++)
                Assert.Equal(i, Iroha.IndexOf(Iroha.ToKana(i)));
            Assert.Equal(47, Iroha.Order.Distinct().Count());
        }
    }

    public sealed class GojuonIndexOf
    {
        [Theory]
        [InlineData('ア', 1)]
        [InlineData('イ', 2)]
        [InlineData('ウ', 3)]
        [InlineData('ワ', 44)]
        public void FollowsTheSyllabary(char kana, int expected) => Assert.Equal(expected, Iroha.GojuonIndexOf(kana));

        [Fact]
        public void RoundTripsAll()
        {
            for (var i = 1; i <= Iroha.Gojuon.Length; i++)
                Assert.Equal(i, Iroha.GojuonIndexOf(Iroha.ToGojuon(i)));
        }
    }
}

public sealed class CircledNumeralTests
{
    public sealed class ValueOf
    {
        [Theory]
        [InlineData('①', 1)]
        [InlineData('⑳', 20)]
        [InlineData('㉑', 21)]
        [InlineData('㊿', 50)]
        [InlineData('一', 0)]
        public void ReadsCircledNumbers(char c, int expected) => Assert.Equal(expected, CircledNumeral.ValueOf(c));

        [Fact]
        public void RoundTrips1To50()
        {
            for (var n = 1; n <= 50; n++)
                Assert.Equal(n, CircledNumeral.ValueOf(CircledNumeral.Format(n)));
        }
    }
}

public sealed class RomanNumeralTests
{
    public sealed class TryParse
    {
        [Theory]
        [InlineData("i", 1)]
        [InlineData("ｉｉ", 2)]
        [InlineData("iv", 4)]
        [InlineData("ix", 9)]
        [InlineData("xiv", 14)]
        public void ReadsSmallRomans(string text, int expected)
        {
            Assert.True(RomanNumeral.TryParse(text, out var value));
            Assert.Equal(expected, value);
        }

        [Theory]
        [InlineData("iiii")]
        [InlineData("vx")]
        [InlineData("a")]
        public void RejectsNonCanonical(string text) => Assert.False(RomanNumeral.TryParse(text, out _));

        [Fact]
        public void RoundTrips1To39()
        {
            for (var n = 1; n <= 39; n++)
            {
                Assert.True(RomanNumeral.TryParse(RomanNumeral.Format(n), out var back));
                Assert.Equal(n, back);
            }
        }
    }
}
