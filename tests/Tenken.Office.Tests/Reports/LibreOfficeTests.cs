using System.Diagnostics;
using System.IO.Compression;
using Tenken.Tests.Support;

namespace Tenken.Office.Tests.Reports;

/// <summary>
/// Opens the workbook in LibreOffice (headless, converting to .ods) when soffice is installed: a second real reader.
/// Not required in CI; skipped when LibreOffice is absent.
/// </summary>
public sealed class LibreOfficeTests
{
    [Fact]
    public async Task LibreOffice_reads_the_workbook_with_its_red_cues_and_drop_downs()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
            Assert.Skip("LibreOffice (soffice) is absent; apt-get install libreoffice-calc-nogui to run this check");
        var dir = Path.Combine(Path.GetTempPath(), "tenken-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var xlsx = Path.Combine(dir, "review.xlsx");
        await File.WriteAllBytesAsync(xlsx, XlsxReportWriterTests.Produce(SampleReport.Create()), TestContext.Current.CancellationToken);

        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { $"-env:UserInstallation=file://{dir}/profile", "--headless", "--norestore", "--convert-to", "ods", "--outdir", dir, xlsx })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
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
        var ods = Path.Combine(dir, "review.ods");
        Assert.True(File.Exists(ods), $"LibreOffice did not convert the workbook: {await stderr}");

        using var zip = ZipFile.OpenRead(ods);
        using var reader = new StreamReader(zip.GetEntry("content.xml")!.Open());
        var content = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        foreach (var sheet in new[] { "点検結果", "集計", "全条文", "診断", "差分" })
            Assert.Contains($"table:name=\"{sheet}\"", content, StringComparison.Ordinal);
        Assert.Matches("fo:color=\"#ff0000\"[^>]*fo:font-weight=\"bold\"", content);
        Assert.Contains("&quot;該当&quot;;&quot;非該当&quot;;&quot;要検討&quot;", content, StringComparison.Ordinal);
        Assert.Contains("押印", content, StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }
}
