using System.Text;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Text;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

public sealed class PlainTextReaderTests
{
    private static string Ordinance => File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Structure", "fullwidth-municipal.txt"));

    private static ReaderPipeline Pipeline() =>
        new ReaderPipelineBuilder { Options = new ReaderOptions { IncludeSupplementaryParagraphs = true } }.UseCoreReaders().Build();

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-16le" => Encoding.Unicode.GetBytes(text),
        "utf-16be" => Encoding.BigEndianUnicode.GetBytes(text),
        "shift_jis" => CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes(text),
        "euc-jp" => CodePagesEncodingProvider.Instance.GetEncoding(51932)!.GetBytes(text),
        "iso-2022-jp" => CodePagesEncodingProvider.Instance.GetEncoding(50220)!.GetBytes(text),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    public sealed class Read
    {
        [Theory]
        [InlineData("utf-8", "UTF-8")]
        [InlineData("utf-8-bom", "UTF-8 (BOM)")]
        [InlineData("utf-16le-bom", "UTF-16 LE")]
        [InlineData("utf-16be-bom", "UTF-16 BE")]
        [InlineData("utf-16le", "UTF-16 LE")]
        [InlineData("utf-16be", "UTF-16 BE")]
        [InlineData("shift_jis", "Shift_JIS")]
        [InlineData("euc-jp", "EUC-JP")]
        [InlineData("iso-2022-jp", "ISO-2022-JP")]
        public void TheSameOrdinanceInEveryEncodingGivesTheSameArticles(string encoding, string detected)
        {
            using var temp = new TempFolder();
            var reference = temp.File("reference.txt");
            var encoded = temp.File("reference-" + encoding + ".txt");
            File.WriteAllText(reference, Ordinance, new UTF8Encoding(false));
            var bytes = Encode(Ordinance, encoding);
            File.WriteAllBytes(encoded, bytes);

            Assert.True(TextDecoder.TryDecode(bytes, out var decoded, out _));
            Assert.Equal(detected, decoded!.EncodingName);

            var results = Pipeline().ReadAll([reference, encoded], TestContext.Current.CancellationToken).ToList();
            Assert.All(results, r => Assert.Empty(r.Diagnostics));
            var expected = Assert.Single(results[0].Documents);
            var actual = Assert.Single(results[1].Documents);
            Assert.Equal(8, expected.Articles.Count(a => !a.Provision.IsAppended()));
            Assert.Equal(2, expected.Articles.Count(a => a.Provision == ProvisionKind.Form));
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Number, actual.Number);
            Assert.Equal(expected.Articles.Select(a => a.Key.Replace("reference#", "", StringComparison.Ordinal)),
                actual.Articles.Select(a => a.Key.Replace($"reference-{encoding}#", "", StringComparison.Ordinal)));
            Assert.Equal(expected.Articles.Select(a => a.Text), actual.Articles.Select(a => a.Text));
        }

        [Fact]
        public void ExtensionlessTextNamedOnTheCommandLineIsRead()
        {
            using var temp = new TempFolder();
            var path = temp.File("ordinance");
            File.WriteAllText(path, Ordinance);
            var result = Pipeline().ReadFile(path, TestContext.Current.CancellationToken);
            Assert.Empty(result.Diagnostics);
            Assert.Equal("text", Assert.Single(result.Documents).Format);
        }

        [Fact]
        public void ShiftJisThatIsAlsoValidUtf8IsNotNeededToDecideWhenTheTextIsAscii()
        {
            // Plain ASCII is valid in every candidate; UTF-8 is preferred and reads it unchanged.
            Assert.True(TextDecoder.TryDecode("第1条 abc"u8.ToArray(), out var decoded, out _));
            Assert.Equal("UTF-8", decoded!.EncodingName);
        }
    }
}
