using System.Diagnostics;
using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

/// <summary>
/// Bad files read through <see cref="ReaderPipeline.ReadAll"/> next to a good one: each bad file gives exactly one
/// clear diagnostic naming it, and the good file in the same run is still parsed.
/// </summary>
public sealed class BadInputTests
{
    private const string Good = "○良い町規則\n令和2年3月31日規則第5号\n第1条　この規則は、公布の日から施行する。\n";

    public sealed class ReadAll
    {
        private static (ReadResult Bad, ReadResult Good) Run(string badName, Action<string> writeBad)
        {
            using var temp = new TempFolder();
            var bad = temp.File(badName);
            writeBad(bad);
            var good = temp.File("good.txt");
            File.WriteAllText(good, Good);
            var pipeline = new ReaderPipelineBuilder().UseCoreReaders().Build();
            var results = pipeline.ReadAll(pipeline.ExpandPaths([bad, good], new DiagnosticBag()), TestContext.Current.CancellationToken).ToList();
            Assert.Equal(2, results.Count);
            Assert.Equal("good#1", Assert.Single(Assert.Single(results[1].Documents).Articles).Key);
            Assert.Empty(results[1].Diagnostics);
            return (results[0], results[1]);
        }

        private static Diagnostic OneError(ReadResult result, string path)
        {
            Assert.Empty(result.Documents);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(path, d.File);
            return d;
        }

        [Fact]
        public void EmptyFile()
        {
            var (bad, _) = Run("empty.txt", p => File.WriteAllBytes(p, []));
            Assert.Contains("空", OneError(bad, bad.Path).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void BinaryFileNamedTxt()
        {
            var bytes = new byte[4096];
            new Random(7).NextBytes(bytes);
            var (bad, _) = Run("binary.txt", p => File.WriteAllBytes(p, bytes));
            Assert.Contains("バイナリ", OneError(bad, bad.Path).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void BinaryFileWithoutNuls()
        {
            // Bytes 0x80-0xFF only: not UTF-8, and 0x80/0xA0/0xFD-0xFF are not Shift_JIS either.
            var bytes = Enumerable.Range(0, 2048).Select(i => (byte)(0x80 + (i * 7 % 128))).ToArray();
            var (bad, _) = Run("garbage.txt", p => File.WriteAllBytes(p, bytes));
            Assert.Contains("文字コードを判別できません", OneError(bad, bad.Path).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void BinaryFileOfUnknownType()
        {
            var (bad, _) = Run("data.bin", p => File.WriteAllBytes(p, [0x01, 0x02, 0, 0, 0x7F, 0x45, 0x4C, 0x46]));
            Assert.Contains("対応していない形式です（バイナリファイル、拡張子「.bin」）", OneError(bad, bad.Path).Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("scan.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
        [InlineData("scan.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "JPEG")]
        [InlineData("scan.tif", new byte[] { 0x49, 0x49, 0x2A, 0, 8, 0, 0, 0 }, "TIFF")]
        [InlineData("page.image", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "GIF")]
        public void ImageFile(string name, byte[] bytes, string kind)
        {
            var (bad, _) = Run(name, p => File.WriteAllBytes(p, bytes));
            var error = OneError(bad, bad.Path);
            Assert.StartsWith($"画像ファイル（{kind}）のため読み込めません。", error.Message, StringComparison.Ordinal);
            Assert.Equal("TK0005", error.Code);
        }

        [Fact]
        public void HtmlPageWithoutArticles()
        {
            const string page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>お知らせ</title></head>" +
                                "<body><h1>町からのお知らせ</h1><p>図書館は月曜日が休館日です。</p><ul><li>開館時間：9時から17時</li></ul></body></html>";
            var (bad, _) = Run("news.html", p => File.WriteAllText(p, page));
            Assert.Contains("HTMLページに条文が見つかりません", OneError(bad, bad.Path).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TextWithoutArticles()
        {
            var (bad, _) = Run("memo.txt", p => File.WriteAllText(p, "買い物メモ\n牛乳\n卵\n"));
            Assert.Contains("条文が見つかりません", OneError(bad, bad.Path).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void FiftyMegabyteSingleLineIsOneDiagnosticWithinSeconds()
        {
            var stopwatch = new Stopwatch();
            var (bad, _) = Run("huge.txt", p =>
            {
                using var stream = File.Create(p);
                var chunk = Encoding.UTF8.GetBytes(new string('あ', 1 << 16)); // 192 KB of 3-byte characters
                while (stream.Length < 50L * 1024 * 1024)
                    stream.Write(chunk);
                stopwatch.Start();
            });
            stopwatch.Stop();
            var message = OneError(bad, bad.Path).Message;
            Assert.Contains("改行のない1行", message, StringComparison.Ordinal);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
        }

        [Fact]
        public void FiftyMegabyteSingleLineThatIsOneArticleIsRead()
        {
            using var temp = new TempFolder();
            var path = temp.File("one-line-article.txt");
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write("第1条　");
                var chunk = new string('あ', 1 << 16);
                for (var i = 0; i < 50 * 1024 * 1024 / (3 << 16); i++)
                    writer.Write(chunk);
            }
            var result = new ReaderPipelineBuilder().UseCoreReaders().Build().ReadFile(path, TestContext.Current.CancellationToken);
            Assert.Empty(result.Diagnostics);
            var article = Assert.Single(Assert.Single(result.Documents).Articles);
            Assert.Equal("1", article.Num);
            Assert.True(article.Text.Length > 16_000_000);
        }
    }
}
