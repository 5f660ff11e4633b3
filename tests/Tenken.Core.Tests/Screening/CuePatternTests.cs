using Tenken.Core.Screening.Lexicon;

namespace Tenken.Core.Tests.Screening;

public sealed class CuePatternTests
{
    public sealed class MatchAt
    {
        private static int End(string pattern, string text) => CuePattern.Parse(pattern, out _)!.MatchAt(text, text.IndexOf(pattern.Split('…')[0], StringComparison.Ordinal), text.Length);

        [Fact]
        public void GapJoinsPartsInOrder() =>
            Assert.Equal("書面をもつて、これを通知".Length, End("書面…通知", "書面をもつて、これを通知しなければならない。"));

        [Fact]
        public void GapNeverSpansAConditionClause() =>
            Assert.Equal(-1, End("出頭…を求め", "出頭が見込めないときは、期限を定めて書類の提出を求め"));

        [Fact]
        public void GapIsMinimalWhenTheFirstPartRepeats() =>
            Assert.Equal(-1, End("講習…修了", "登録講習機関が行う講習の課程を修了した者"));

        [Fact]
        public void GapStaysWithinTheLimit()
        {
            var pattern = CuePattern.Parse("書面…通知", out _)!;
            Assert.Equal(-1, pattern.MatchAt("書面を作成する。通知する。", 0, "書面を作成する。".Length));
        }
    }

    public sealed class Parse
    {
        [Fact]
        public void AcceptsAsciiAndFullWidthGapMarks()
        {
            Assert.Equal(["書面", "通知"], CuePattern.Parse("書面...通知", out _)!.Parts);
            Assert.Equal(["書面", "通知"], CuePattern.Parse("書面＊通知", out _)!.Parts);
        }

        [Fact]
        public void RejectsARegexThatMatchesNothingInParticular()
        {
            Assert.Null(CuePattern.Parse("re:.*", out var error));
            Assert.Contains("空文字列", error);
        }
    }
}
