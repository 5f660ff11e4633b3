using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Tests.Screening;

public sealed class RuleFileParserTests
{
    public sealed class Parse
    {
        [Fact]
        public void ReadsEntriesPatternsAndSwitchesAndSkipsHeaderAndComments()
        {
            var bag = new DiagnosticBag();
            var lines = RuleFileParser.Parse("# 点検市\n規則\t一覧\t語句\t備考\nctx.penalty\tsentence\tに処します\t敬体\nctx.title\ttitle\tre:主事(?!務)\n\nctx.permission\toff\n", "city.tsv", bag);

            Assert.Empty(bag.ToList());
            Assert.Equal(3, lines.Count);
            Assert.Equal(("ctx.penalty", "sentence", "に処します", "敬体", 3), (lines[0].RuleId, lines[0].List, lines[0].Entry, lines[0].Note, lines[0].Line));
            Assert.True(lines[1].IsPattern);
            Assert.True(lines[2].SwitchesOff);
            Assert.All(lines, l => Assert.Equal("city.tsv", l.Source));
        }

        [Theory]
        [InlineData("ctx.penalty,sentence,に処します", "カンマ")]
        [InlineData("ctx.penalty", "列が足りません")]
        [InlineData("ctx.penalty\tsentence", "語句が空です")]
        [InlineData("ctx.penalty\tsentence\tre:(に処", "正規表現として読めません")]
        [InlineData("ctx.penalty\tsentence\tre:(に処)?", "空の文字列")]
        public void ABadLineIsSkippedWithAJapaneseWarningNamingFileAndLine(string line, string message)
        {
            var bag = new DiagnosticBag();
            var lines = RuleFileParser.Parse($"ctx.penalty\tsentence\tに処します\n{line}\n", "city.tsv", bag);

            Assert.Single(lines);
            var d = Assert.Single(bag.ToList());
            Assert.Equal(("city.tsv", 2, DiagnosticSeverity.Warning), (d.File, d.Line, d.Severity));
            Assert.Contains(message, d.Message);
        }

        [Fact]
        public void BuiltInFilesMayLeaveTheirPatternsUnchecked()
        {
            var bag = new DiagnosticBag();
            var lines = RuleFileParser.Parse("ctx.penalty\tsentence\tre:(に処)?\n", "tenken:rules/x.tsv", bag, checkPatterns: false);
            Assert.Single(lines);
            Assert.Empty(bag.ToList());
        }
    }

    public sealed class Expand
    {
        [Theory]
        [InlineData("前項", "前項")]
        [InlineData("a.b", @"a\.b")]
        [InlineData("re:第{番号}条", "第[〇一二三四五六七八九十百千0-9０-９]+条")]
        public void PlainTextIsEscapedAndTheNumberTokenExpanded(string entry, string pattern) =>
            Assert.Equal(pattern, RuleFileParser.Expand(entry));
    }
}
