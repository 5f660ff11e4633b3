using System.Diagnostics;
using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Text;
using Tenken.Core.Structure;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Structure;

/// <summary>
/// Parsing stays linear in the lines of a file (issue 18): 40,000 repeated 第1条 took 52 s when each duplicate key
/// searched its suffix from ~2. The linear code parses each shape here well under a second; the bound leaves room
/// for a loaded machine and still fails the quadratic code.
/// </summary>
public sealed class StructureParserScaleTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private static (OrdinanceDocument Document, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed) Parse(IEnumerable<string> body)
    {
        var text = new StringBuilder("○規模の確認条例\n");
        foreach (var line in body)
            text.Append(line).Append('\n');
        var lines = TextLines.Split(text.ToString());
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var document = StructureParser.Parse(new DocumentHeader("big", "big.txt", "text"), lines, new ReadContext(ReaderOptions.Default, bag));
        return (document, bag.ToList(), clock.Elapsed);
    }

    [Collection(nameof(TimedTests))]
    public sealed class Parse_
    {
        [Fact]
        public void FortyThousandRepeatedFirstArticlesEachGetTheNextSuffixInLinearTime()
        {
            var (document, diagnostics, elapsed) = Parse(Enumerable.Repeat("第1条　この条例は、書面で提出する。", 40_000));

            Assert.Equal(40_000, document.Articles.Count);
            Assert.Equal("big#1", document.Articles[0].Key);
            Assert.Equal("big#1~2", document.Articles[1].Key);
            Assert.Equal("big#1~40000", document.Articles[^1].Key);
            Assert.Equal(39_999, diagnostics.Count(d => d.Code == "TK2002"));
            Assert.True(elapsed < Bound, $"40,000 duplicated 第1条 took {elapsed.TotalSeconds:F1} s (bound {Bound.TotalSeconds} s)");
        }

        [Theory]
        [InlineData("sentences", 20_001)]
        [InlineData("wrapped", 20_000)]
        [InlineData("paragraphs", 20_001)]
        [InlineData("items", 20_000)]
        [InlineData("rows", 20_000)]
        public void OneArticleOfTwentyThousandLinesParsesInLinearTime(string shape, int parts)
        {
            Func<int, string> line = shape switch
            {
                // Old style: each finished sentence is a new 項.
                "sentences" => _ => "書面で提出する。",
                // No sentence end: the first line starts the second 項, the others run on in it.
                "wrapped" => _ => "書面で提出し",
                // A 項 number has three digits at most: they start again at 2, every one out of order warned.
                "paragraphs" => i => $"{i % 998 + 2}　書面で提出する。",
                "items" => i => $"({i + 1})　書面",
                _ => i => $"欄{i}\t書面\t提出",
            };
            var (document, _, elapsed) = Parse(["第1条　申請者は、次のとおりとする。", .. Enumerable.Range(0, 20_000).Select(line)]);

            var article = Assert.Single(document.Articles);
            var counted = shape switch
            {
                "wrapped" => article.Paragraphs[^1].Text.Length / "書面で提出し".Length,
                "items" => article.Paragraphs[0].Items.Count,
                "rows" => article.Paragraphs[0].TableRows.Count,
                _ => article.Paragraphs.Count,
            };
            Assert.Equal(parts, counted);
            Assert.True(elapsed < Bound, $"one article of 20,000 lines ({shape}) took {elapsed.TotalSeconds:F1} s (bound {Bound.TotalSeconds} s)");
        }
    }
}
