using System.Diagnostics;
using Tenken.Core.Reports;

namespace Tenken.Cli.Scan;

/// <summary>
/// An output written while the scan runs (<see cref="IReportWriter.BeginStream"/>), into its temporary file; moved
/// into place by <see cref="Finish"/>, deleted when disposed unfinished (a cancelled run). A write error is kept and
/// reported by <see cref="Finish"/>, like an error of an output written at the end.
/// </summary>
internal sealed class StreamedOutput : IDisposable
{
    private readonly string _path;
    private readonly string _temp;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private FileStream? _file;
    private IReportStream? _stream;
    private Exception? _error;

    private StreamedOutput(string path, string temp, FileStream file, IReportStream stream)
    {
        _path = path;
        _temp = temp;
        _file = file;
        _stream = stream;
    }

    /// <summary>
    /// Starts the output when its writer can stream; null when it cannot or the file cannot be created now (it is
    /// then written at the end as usual, where a lasting problem is reported).
    /// </summary>
    public static StreamedOutput? TryBegin(string path, IReportWriter writer, ReportOptions options)
    {
        var temp = OutputFiles.TempPath(path);
        FileStream? file = null;
        try
        {
            file = OutputFiles.CreateTemp(temp);
            if (writer.BeginStream(file, options) is { } stream)
                return new StreamedOutput(path, temp, file, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        file?.Dispose();
        OutputFiles.TryDelete(temp);
        return null;
    }

    public void Add(DocumentResult document)
    {
        if (_error is not null)
            return;
        try
        {
            _stream!.Add(document);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _error = ex;
        }
    }

    public WrittenOutput Finish(ReviewReport report)
    {
        if (_error is not null)
        {
            Close();
            return OutputFiles.Failed(_path, _temp, _clock, _error);
        }
        try
        {
            _stream!.Finish(report);
            Close();
            return OutputFiles.Commit(_path, _temp, _clock);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Close();
            return OutputFiles.Failed(_path, _temp, _clock, ex);
        }
    }

    public void Dispose()
    {
        if (_file is null)
            return;
        Close();
        OutputFiles.TryDelete(_temp);
    }

    private void Close()
    {
        _stream?.Dispose();
        _file?.Dispose();
        _stream = null;
        _file = null;
    }
}
