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
    /// <summary>Writes the outputs, finishing instead those already being written during the scan (<c>streamed</c>).</summary>
    public static async Task<IReadOnlyList<WrittenOutput>> WriteAllAsync(
        ReviewReport report, IReadOnlyList<string> outputs, ReportWriterSet writers, ReportOptions options, IPhaseProgress progress,
        IReadOnlyDictionary<string, StreamedOutput> streamed, CancellationToken cancellation)
    {
        var tasks = outputs.Select(path => Task.Run(() =>
        {
            cancellation.ThrowIfCancellationRequested();
            var written = streamed.TryGetValue(path, out var stream) ? stream.Finish(report) : Write(report, path, writers.ForPath(path)!, options);
            progress.Advance(path, written.Error is not null);
            return written;
        }, cancellation));
        return await Task.WhenAll(tasks);
    }

    private static WrittenOutput Write(ReviewReport report, string path, IReportWriter writer, ReportOptions options)
    {
        var clock = Stopwatch.StartNew();
        var temp = TempPath(path);
        try
        {
            using (var stream = CreateTemp(temp))
                writer.Write(report, stream, options);
            return Commit(path, temp, clock);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(path, temp, clock, ex);
        }
    }

    /// <summary>The temporary file an output is written to before it is moved into place.</summary>
    public static string TempPath(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
    }

    public static FileStream CreateTemp(string temp)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        return new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
    }

    /// <summary>Moves the finished temporary file into place.</summary>
    public static WrittenOutput Commit(string path, string temp, Stopwatch clock)
    {
        var full = Path.GetFullPath(path);
        File.Move(temp, full, overwrite: true);
        return new WrittenOutput(path, new FileInfo(full).Length, clock.Elapsed, null);
    }

    /// <summary>Removes the temporary file and says in Japanese why the output could not be written.</summary>
    public static WrittenOutput Failed(string path, string temp, Stopwatch clock, Exception ex)
    {
        TryDelete(temp);
        return ex is IOException or UnauthorizedAccessException
            ? new WrittenOutput(path, 0, clock.Elapsed,
                $"「{path}」に書き込めません（{ex.Message}）。ファイルをExcel等で開いている場合は閉じてから、もう一度実行してください。")
            : new WrittenOutput(path, 0, clock.Elapsed, $"「{path}」の出力中に予期しないエラーが起きました（{ex.GetType().Name}: {ex.Message}）。");
    }

    public static void TryDelete(string path)
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
