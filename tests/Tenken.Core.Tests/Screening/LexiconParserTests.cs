using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Screening;

public sealed class LexiconParserTests
{
    public sealed class Parse
    {
        [Fact]
        public void ReadsColumnsCodesAndJapaneseNames()
        {
            var bag = new DiagnosticBag();
            var lines = LexiconParser.Parse("""
                # comment
                category	pattern	role	weight	note
                PAPER	書面により	manner	0.8
                押印規制	拇印	手がかり	0.9	拇印も押印の一種
                *	行政手続条例	除外
                """, "my.tsv", bag);

            Assert.Equal(0, bag.Count);
            Assert.Equal(3, lines.Count);
            Assert.Equal((RegulationCategory.Paper, LexiconRole.Manner, 0.8), (lines[0].Entry.Category!.Value, lines[0].Entry.Role, lines[0].Entry.Weight));
            Assert.Equal((RegulationCategory.Seal, LexiconRole.Cue, "拇印も押印の一種"), (lines[1].Entry.Category!.Value, lines[1].Entry.Role, lines[1].Entry.Note));
            Assert.Null(lines[2].Entry.Category);
            Assert.Equal(("my.tsv", 4), (lines[1].Entry.Source, lines[1].Entry.Line));
            Assert.Equal("lex:SEAL:拇印", lines[1].Entry.RuleId);
        }

        [Fact]
        public void BadLinesBecomeDiagnosticsWithLineAndTheRestLoads()
        {
            var bag = new DiagnosticBag();
            var lines = LexiconParser.Parse(string.Join('\n',
                "PAPER\t書面で\tmanner",
                "PAPR\t書面で\tcue",
                "PAPER\t書面で\tkeyword",
                "PAPER\t書面で",
                "PAPER,書面で,cue",
                "PAPER\t書面で\tcue\t1.5",
                "PAPER\tre:([\tcue",
                "\t書面で\tcue",
                "PAPER\t…\tcue",
                "SEAL\t押印\tcue"), "city.tsv", bag);

            Assert.Equal(["書面で", "押印"], lines.Select(l => l.Entry.Pattern));
            var diagnostics = bag.ToList();
            Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], diagnostics.Select(d => d.Line));
            Assert.All(diagnostics, d => Assert.Equal("city.tsv", d.File));
            Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            Assert.Contains("区分「PAPR」", diagnostics[0].Message);
            Assert.Contains("役割「keyword」", diagnostics[1].Message);
            Assert.Contains("タブ", diagnostics[3].Message);
            Assert.Contains("重み", diagnostics[4].Message);
            Assert.Contains("正規表現", diagnostics[5].Message);
        }
    }

    public sealed class ReadFile
    {
        [Fact]
        public void ReadsShiftJisWithAWarning()
        {
            using var folder = new Support.TempFolder();
            var path = folder.File("sjis.tsv");
            File.WriteAllBytes(path, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes("SEAL\t拇印\tcue\n"));
            var bag = new DiagnosticBag();

            var lines = LexiconParser.ReadFile(path, bag);

            Assert.Equal("拇印", Assert.Single(lines).Entry.Pattern);
            Assert.Contains("Shift_JIS", Assert.Single(bag.ToList()).Message);
        }

        [Fact]
        public void MissingFileIsAnError()
        {
            var bag = new DiagnosticBag();
            Assert.Empty(LexiconParser.ReadFile("/nonexistent/lexicon.tsv", bag));
            Assert.True(bag.HasErrors);
        }
    }
}
