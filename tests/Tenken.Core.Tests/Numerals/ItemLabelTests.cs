using Tenken.Core.Numerals;

namespace Tenken.Core.Tests.Numerals;

public sealed class ItemLabelTests
{
    public sealed class TryRead
    {
        [Theory]
        [InlineData("一　証明", ItemStyle.Kanji, "一", "1")]
        [InlineData("二の二　謄本", ItemStyle.Kanji, "二の二", "2_2")]
        [InlineData("一から三まで　削除", ItemStyle.Kanji, "一から三まで", "1:3")]
        [InlineData("一から五の三まで　略", ItemStyle.Kanji, "一から五の三まで", "1:5_3")]
        [InlineData("(1)　親展文書", ItemStyle.ParenArabic, "(1)", "1")]
        [InlineData("（１２）　書留", ItemStyle.ParenArabic, "（１２）", "12")]
        [InlineData("(1)親展文書", ItemStyle.ParenArabic, "(1)", "1")]
        [InlineData("（三）　三", ItemStyle.ParenKanji, "（三）", "3")]
        [InlineData("③　通知", ItemStyle.Circled, "③", "3")]
        [InlineData("ハ　交付", ItemStyle.Katakana, "ハ", "3")]
        [InlineData("（ロ）　交付", ItemStyle.ParenKatakana, "（ロ）", "2")]
        [InlineData("（ｉｉ）　交付", ItemStyle.ParenRoman, "（ｉｉ）", "2")]
        [InlineData("2)　交付", ItemStyle.HalfParenArabic, "2)", "2")]
        [InlineData("第三　子", ItemStyle.DaiKanji, "第三", "3")]
        public void ReadsEveryStyle(string text, ItemStyle style, string title, string num)
        {
            Assert.True(ItemLabel.TryRead(text, out var label));
            Assert.Equal(style, label!.Style);
            Assert.Equal(title, label.Title);
            Assert.Equal(num, label.Num());
        }

        [Fact]
        public void KatakanaCarriesBothOrders()
        {
            Assert.True(ItemLabel.TryRead("イ　交付", out var label));
            Assert.Equal("1", label!.Num());
            Assert.Equal("2", label.Num(gojuon: true));
        }

        [Theory]
        [InlineData("一部を改正する")]
        [InlineData("（１）に掲げる者")]
        [InlineData("(以下「法」という。)")]
        [InlineData("イベントを開催する")]
        [InlineData("2　項")]
        public void RejectsTextThatOnlyStartsLikeALabel(string text) => Assert.False(ItemLabel.TryRead(text, out _));
    }
}
