using System.Diagnostics;
using Tenken.Cli.Shared;
using Tenken.Core.Reports;

namespace Tenken.Cli.Scan;

/// <summary>
/// Writes every requested output from one report, in parallel. Each file is written to a temporary file beside it and
/// then moved into place, so a failure (disk full, the workbook open in Excel) never leaves a half-written file.
/// </summary>
internal static class OutputFiles
{
    public static async Task<IReadOnlyList<WrittenOutput>> WriteAllAsync(
        ReviewReport report, IReadOnlyList<string> outputs, ReportWriterSet writers, ReportOptions options, IPhaseProgress progress, CancellationToken cancellation)
    {
        var tasks = outputs.Select(path => Task.Run(() =>
        {
            cancellation.ThrowIfCancellationRequested();
            var written = Write(report, path, writers.ForPath(path)!, options);
            progress.Advance(path, written.Error is not null);
            return written;
        }, cancellation));
        return await Task.WhenAll(tasks);
    }

    private static WrittenOutput Write(ReviewReport report, string path, IReportWriter writer, ReportOptions options)
    {
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
                writer.Write(report, stream, options);
            File.Move(temp, full, overwrite: true);
            return new WrittenOutput(path, new FileInfo(full).Length, clock.Elapsed, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return new WrittenOutput(path, 0, clock.Elapsed,
                $"「{path}」に書き込めません（{ex.Message}）。ファイルをExcel等で開いている場合は閉じてから、もう一度実行してください。");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TryDelete(temp);
            return new WrittenOutput(path, 0, clock.Elapsed, $"「{path}」の出力中に予期しないエラーが起きました（{ex.GetType().Name}: {ex.Message}）。");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The temporary file stays; the error message already names the output.
        }
    }
}

/// <summary>One output of the run: its path, size, time taken, and the Japanese error message when it failed.</summary>
internal sealed record WrittenOutput(string Path, long Bytes, TimeSpan Elapsed, string? Error);
