using System.Diagnostics;
using Tenken.Core.Reports.Drafts;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Drafts;

/// <summary>
/// Opens the 新旧対照表 in LibreOffice (headless, to PDF) and renders its first page with pdftoppm: a second real
/// reader and a picture. Skipped when LibreOffice or poppler is absent.
/// </summary>
public sealed class DraftDocxLibreOfficeTests
{
    [Fact]
    public async Task LibreOffice_converts_the_comparison_table_to_pdf_and_pdftoppm_renders_its_first_page()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null || !File.Exists("/usr/bin/pdftoppm") || !File.Exists("/usr/bin/pdftotext"))
            Assert.Skip("LibreOffice or poppler-utils is absent; apt-get install libreoffice-writer-nogui poppler-utils to run this check");
        using var temp = new TempFolder();
        var docx = DraftDocxWriterTests.Write.Produce(temp, SampleDrafts.Create(), DraftColumnOrder.AfterBefore);

        await Run(soffice, [$"-env:UserInstallation=file://{temp.Path}/profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", temp.Path, docx]);
        var pdf = temp.File("taisho.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice did not convert the document");
        await Run("/usr/bin/pdftotext", ["-layout", pdf, temp.File("taisho.txt")]);
        var text = await File.ReadAllTextAsync(temp.File("taisho.txt"), TestContext.Current.CancellationToken);
        foreach (var expected in new[] { "改正後", "改正前", "傍線部分は改正部分", "の一部を改正する規則", "附", "電磁的方法" })
            Assert.Contains(expected, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        await Run("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, temp.File("page")]);
        var png = Directory.GetFiles(temp.Path, "page*.png").Single();
        Assert.True(new FileInfo(png).Length > 10_000, "the rendered page is nearly empty");
    }

    private static async Task Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(file)} failed: {await stderr}");
    }
}
