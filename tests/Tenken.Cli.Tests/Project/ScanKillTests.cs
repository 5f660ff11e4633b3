using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Tenken.Cli.Tests.Project;

/// <summary>
/// A real <c>tenken scan --project</c> child process killed with SIGKILL (or stopped with Ctrl-C) in the middle of the run, then run again:
/// the store must end up exactly as after an uninterrupted run, with no finding lost or duplicated.
/// </summary>
public sealed class ScanKillTests
{
    [Theory]
    [InlineData("KILL")]
    [InlineData("INT")]
    public async Task A_scan_killed_mid_run_and_rerun_ends_like_an_uninterrupted_run(string signal)
    {
        var dir = Support.Tenken.TempFolder();
        var inputs = Path.Combine(dir, "inputs");
        var killed = Path.Combine(dir, "killed.tenken");
        var cancellation = TestContext.Current.CancellationToken;

        var copies = 40;
        var interrupted = false;
        for (var attempt = 0; attempt < 4 && !interrupted; attempt++, copies *= 2)
        {
            MakeInputs(inputs, copies);
            foreach (var f in Directory.GetFiles(dir, "killed.tenken*"))
                File.Delete(f);
            interrupted = await StartAndKill(killed, inputs, signal, cancellation);
        }
        Assert.True(interrupted, "the scan finished before it could be killed, even with the largest input");
        Assert.Equal("running", StoreDump.Rows(killed, "SELECT status FROM runs").Single());
        var committed = StoreDump.Count(killed, "SELECT count(*) FROM sources");
        var total = Directory.GetFiles(inputs).Length;
        Assert.InRange(committed, 1, total - 1);
        TestContext.Current.SendDiagnosticMessage($"killed with {committed} of {total} files committed");

        var rerun = await Support.Tenken.RunAsync("scan", "--project", killed, inputs);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Contains("再開", rerun.Stderr);
        Assert.Equal(["1\tinterrupted", "2\tcompleted"], StoreDump.Rows(killed, "SELECT id, status FROM runs ORDER BY id"));
        Assert.True(StoreDump.Count(killed, "SELECT reused FROM runs WHERE id = 2") > 0, "the rerun screened everything again instead of resuming");

        var clean = Path.Combine(dir, "clean.tenken");
        var json = Path.Combine(dir, "direct.json");
        var uninterrupted = await Support.Tenken.RunAsync("scan", "-q", "--project", clean, inputs);
        Assert.True(uninterrupted.ExitCode == 0, uninterrupted.Stderr);
        var direct = await Support.Tenken.RunAsync("scan", "-q", inputs, "-o", json);
        Assert.True(direct.ExitCode == 0, direct.Stderr);

        var expected = StoreDump.Results(clean);
        var actual = StoreDump.Results(killed);
        foreach (var table in expected.Keys)
            Assert.True(expected[table].SequenceEqual(actual[table]), $"{table} differs after kill and rerun");

        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(json, cancellation));
        var ids = report.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!))
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, StoreDump.Rows(killed, "SELECT id FROM findings").Order(StringComparer.Ordinal));
    }

    /// <summary>Copies of the bundled e-Gov samples under distinct names (so distinct document ids).</summary>
    private static void MakeInputs(string folder, int copies)
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, true);
        Directory.CreateDirectory(folder);
        var samples = Directory.GetFiles(Path.Combine(Support.Tenken.RepositoryRoot(), "samples", "egov"), "*.xml");
        for (var i = 0; i < copies; i++)
        {
            foreach (var sample in samples)
                File.Copy(sample, Path.Combine(folder, $"c{i:D3}_{Path.GetFileName(sample)}"));
        }
    }

    /// <summary>
    /// Starts the scan, waits until a few files are committed, then sends SIGKILL (no chance to clean up) or SIGINT
    /// (Ctrl-C: the scan stops, keeps its finished work and exits with 130); false when it finished first.
    /// </summary>
    private static async Task<bool> StartAndKill(string project, string inputs, string signal, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Support.Tenken.RepositoryRoot() };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "tenken.dll"), "scan", "-q", "--project", project, inputs])
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync(cancellation);
        _ = process.StandardError.ReadToEndAsync(cancellation);
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (CommittedFiles(project) >= 3)
            {
                if (signal == "KILL")
                    process.Kill(entireProcessTree: true);
                else
                    Process.Start("kill", ["-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
                await process.WaitForExitAsync(cancellation);
                var expectedExit = signal == "KILL" ? 137 : 130;
                return process.ExitCode == expectedExit && StoreDump.Rows(project, "SELECT status FROM runs").SequenceEqual(["running"]);
            }
            await Task.Delay(5, cancellation);
        }
        await process.WaitForExitAsync(cancellation);
        return false;
    }

    private static long CommittedFiles(string project)
    {
        if (!File.Exists(project))
            return 0;
        try
        {
            return StoreDump.Count(project, "SELECT count(*) FROM sources");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
