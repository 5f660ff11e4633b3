using Tenken.Core.Reports.Text;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Reports;

public sealed class CueSpansTests
{
    public sealed class Merge
    {
        [Fact]
        public void Sorts_merges_overlapping_and_touching_spans_and_clamps_to_the_text()
        {
            Cue[] cues = [new("c", 10, 12), new("a", 0, 3), new("b", 2, 5), new("d", 12, 14), new("e", 18, 40), new("f", 50, 60)];
            Assert.Equal([new TextSpan(0, 5), new TextSpan(10, 14), new TextSpan(18, 20)], CueSpans.Merge(cues, 20));
        }

        [Fact]
        public void Drops_empty_and_reversed_spans() =>
            Assert.Empty(CueSpans.Merge([new Cue("", 3, 3), new Cue("x", 5, 4)], 10));
    }

    public sealed class Segments
    {
        [Fact]
        public void Cover_the_whole_text_in_order() =>
            Assert.Equal([(0, 2, false), (2, 4, true), (4, 6, false), (6, 8, true)],
                CueSpans.Segments([new TextSpan(2, 4), new TextSpan(6, 8)], 8).ToList());
    }
}
