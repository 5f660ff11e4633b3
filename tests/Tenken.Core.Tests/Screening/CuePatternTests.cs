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

    public sealed class LiteralPrefixes
    {
        [Fact]
        public void MultipliesLeadingGroupsAndLiterals() =>
            Assert.Equal(["書面をもつて", "書面を以て", "文書をもつて", "文書を以て"], CuePattern.LiteralPrefixes("(書面|文書)(をもつて|を以て)、?(これを)?行"));

        [Fact]
        public void StopsAtAClassOrAQuantifiedUnit()
        {
            Assert.Equal(["ごとに、"], CuePattern.LiteralPrefixes("ごとに、[^。]{0,150}?を選任"));
            Assert.Equal(["証に"], CuePattern.LiteralPrefixes("証にx?記載"));
        }

        [Fact]
        public void ReadsEscapedBrackets() =>
            Assert.Equal(["書面("], CuePattern.LiteralPrefixes("書面\\([^()]{1,60}\\)を"));

        [Fact]
        public void DropsOpeningsAShorterOneCovers() =>
            Assert.Equal(["書"], CuePattern.LiteralPrefixes("(書類|書)[^。]を"));

        [Fact]
        public void KeepsOneOpeningPerAlternative() =>
            Assert.Equal(["書類を", "書を", "証を"], CuePattern.LiteralPrefixes("(書類|書|証)を[^。]"));

        [Fact]
        public void HasNoneForAClassOrATopLevelAlternation()
        {
            Assert.Empty(CuePattern.LiteralPrefixes("[一二三]+年ごとに"));
            Assert.Empty(CuePattern.LiteralPrefixes("書面|文書"));
        }

        [Fact]
        public void AnchoredMatchStartsExactlyAtTheOpening()
        {
            var pattern = CuePattern.Parse("re:(書面|文書)をもつて", out _)!;
            var text = "理由を記載した書面をもつて通知する。";
            Assert.Equal(text.IndexOf("通知", StringComparison.Ordinal), pattern.MatchRegexAt(text, text.IndexOf('書'), text.Length));
            Assert.Equal(-1, pattern.MatchRegexAt(text, 0, text.Length));
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

        [Theory]
        [InlineData("re:書面(により")]
        [InlineData("re:[書面")]
        public void ReportsABrokenRegexAsWritten(string pattern)
        {
            Assert.Null(CuePattern.Parse(pattern, out var error));
            Assert.Contains("正規表現の書き方に誤り", error);
            Assert.Contains(pattern[3..], error);
            Assert.DoesNotContain("\\G", error);
        }

        [Fact]
        public void RejectsARegexWithALiteralOpeningThatCanMatchNothing()
        {
            Assert.Null(CuePattern.Parse("re:(書面)?", out var error));
            Assert.Contains("空文字列", error);
        }
    }
}
