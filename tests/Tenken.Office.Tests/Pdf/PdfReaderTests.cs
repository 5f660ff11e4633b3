using System.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Office.Reading.Pdf;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Pdf;

/// <summary>
/// The text PDF of the forms fixture (tests/Tenken.Cli.Tests/Fixtures/forms, printed by LibreOffice from Word with a
/// running header and page numbers) against the text it was made from, the scan beside it, and broken input.
/// </summary>
public sealed class PdfReaderTests
{
    private static string Forms(string name) => Path.Combine(TestPaths.RepositoryRoot, "tests", "Tenken.Cli.Tests", "Fixtures", "forms", name);

    public sealed class Probe
    {
        [Fact]
        public void TakesAPdfByItsContentUnderAnyName()
        {
            var input = new SourceInput("download", "download", File.ReadAllBytes(Forms("tenken-inkan.pdf")));

            Assert.IsType<PdfReader>(TestPipelines.All().Choose(input));
        }
    }

    public sealed class Read
    {
        [Fact]
        public void GivesTheArticlesAndFormsOfTheTextItWasPrintedFrom()
        {
            var results = TestPipelines.All().ReadAll([Forms("tenken-inkan.txt"), Forms("tenken-inkan.pdf")], TestContext.Current.CancellationToken).ToList();

            Assert.All(results, r => Assert.Empty(r.Diagnostics));
            var text = Assert.Single(results[0].Documents);
            var pdf = Assert.Single(results[1].Documents);
            Assert.Equal("pdf", pdf.Format);
            Assert.Equal(text.Title, pdf.Title);
            Assert.Equal(text.Number, pdf.Number);
            Assert.Equal(text.Articles.Select(a => a.Key), pdf.Articles.Select(a => a.Key));
            // Wrapped lines joined, the room of the seal box kept: the same text to the character.
            Assert.Equal(text.Articles.Select(a => a.Text), pdf.Articles.Select(a => a.Text));
            Assert.DoesNotContain(pdf.Articles, a => a.Text.Contains("点検市例規集", StringComparison.Ordinal));
        }

        [Fact]
        public void NumbersLinesByPage()
        {
            var pdf = Assert.Single(TestPipelines.All().ReadFile(Forms("tenken-inkan.pdf"), TestContext.Current.CancellationToken).Documents);

            Assert.Equal([1, 1, 1, 1, 1, 2, 3], pdf.Articles.Select(a => a.Line));
        }

        [Fact]
        public void NamesAScanWithoutATextLayer()
        {
            var result = TestPipelines.All().ReadFile(Forms("tenken-inkan-scan.pdf"), TestContext.Current.CancellationToken);

            Assert.Empty(result.Documents);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("TK2301", error.Code);
            Assert.StartsWith("文字情報のないPDFです（全1ページ、うち画像だけのページ1）", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("%PDF-1.7\n%garbage, not a PDF body\n")]
        [InlineData("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")]
        public void NamesABrokenPdf(string content)
        {
            using var temp = new TempFolder();
            var path = temp.File("broken.pdf");
            File.WriteAllText(path, content);

            var result = TestPipelines.All().ReadFile(path, TestContext.Current.CancellationToken);

            Assert.Empty(result.Documents);
            Assert.Contains(result.Diagnostics, d => d.Code is "TK2302" or "TK2301" && d.Severity == Tenken.Core.Diagnostics.DiagnosticSeverity.Error);
        }

        [Fact]
        public void JoinsAnArticleThatRunsOverAPageBreak()
        {
            var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
            if (soffice is null)
                Assert.Skip("LibreOffice (soffice) is absent; apt-get install libreoffice-writer-nogui to print the test PDF");
            using var temp = new TempFolder();
            var lines = new List<string> { "○点検市長い条例" };
            for (var n = 1; n <= 40; n++)
                lines.Add($"第{n}条　この条例の第{n}条は、市長が別に定めるところにより、当該年度の事業計画書及び収支予算書を作成し、これを市長に提出するとともに、その写しを事務所に備え置かなければならない。");
            var docx = temp.File("long.docx");
            var builder = new DocxBuilder();
            foreach (var line in lines)
                builder.Paragraph(line);
            File.WriteAllBytes(docx, builder.Build());
            Print(soffice, docx, temp.Path);

            var pdf = TestPipelines.All().ReadFile(temp.File("long.pdf"), TestContext.Current.CancellationToken);
            var word = TestPipelines.All().ReadFile(docx, TestContext.Current.CancellationToken);

            Assert.Empty(pdf.Diagnostics);
            var articles = Assert.Single(pdf.Documents).Articles;
            Assert.Equal(Assert.Single(word.Documents).Articles.Select(a => a.Text), articles.Select(a => a.Text));
            Assert.True(articles[^1].Line > 1, "the test text should fill more than one page");
        }

        private static void Print(string soffice, string docx, string folder)
        {
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { $"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, docx })
                start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("LibreOffice did not print the test PDF within two minutes");
            }
        }
    }
}
