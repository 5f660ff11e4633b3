using Tenken.Ai.Validation;

namespace Tenken.Ai.Tests.Validation;

public sealed class QuoteLocatorTests
{
    public sealed class Find
    {
        private const string Text = "前項の届出は、書面により行わなければならない。\n２　市長は、ＣＤ－ＲＯＭを備え付けるものとする。";

        [Fact]
        public void Finds_a_verbatim_quote()
        {
            Assert.Equal((7, 12), QuoteLocator.Find(Text, "書面により"));
        }

        [Fact]
        public void Finds_a_quote_that_dropped_white_space_and_maps_back_to_the_text()
        {
            var span = QuoteLocator.Find(Text, "ならない。２市長は");

            Assert.NotNull(span);
            Assert.Equal("ならない。\n２　市長は", Text[span.Value.Start..span.Value.End]);
        }

        [Fact]
        public void Finds_a_half_width_rendering_of_full_width_text()
        {
            var span = QuoteLocator.Find(Text, "CD-ROM");

            Assert.Equal("ＣＤ－ＲＯＭ", Text[span!.Value.Start..span.Value.End]);
        }

        [Theory]
        [InlineData("電磁的方法により")]
        [InlineData("書面によらなければ")]
        [InlineData("")]
        public void Does_not_find_an_invented_quote(string quote)
        {
            Assert.Null(QuoteLocator.Find(Text, quote));
        }
    }
}
