using System.Text.RegularExpressions;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Tests.Screening;

public sealed class PhraseMatcherTests
{
    public sealed class IsMatch
    {
        private static readonly PhraseMatcher Matcher = new(["に処する"], ["みなす", "こと"], new Regex("この限りでは?ない"));

        // The regular expression the matcher stands for; the two must agree on every text.
        private static readonly Regex Same = new("(?:に処する)|(?:(?:みなす)|(?:こと))。?$|(?:この限りでは?ない)");

        [Theory]
        [InlineData("罰金に処する。", true)]
        [InlineData("許可を受けたものとみなす。", true)]
        [InlineData("許可を受けたものとみなす", true)]
        [InlineData("許可を受けたものとみなす。\n", true)]
        [InlineData("許可を受けたものとみなす\n", true)]
        [InlineData("許可を受けたものとみなす。。", false)]
        [InlineData("許可を受けたものとみなす\n\n", false)]
        [InlineData("みなすものとする。", false)]
        [InlineData("次に掲げること", true)]
        [InlineData("ただし、この限りではない。", true)]
        [InlineData("", false)]
        [InlineData("。", false)]
        public void AgreesWithTheRegularExpressionItReplaces(string text, bool expected)
        {
            Assert.Equal(expected, Same.IsMatch(text));
            Assert.Equal(expected, Matcher.IsMatch(text));
        }
    }
}
