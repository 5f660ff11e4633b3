using Tenken.Core.Reports;

namespace Tenken.Cli.Scan;

/// <summary>The outputs of a run that are written while it scans, by output path; deletes unfinished files on dispose.</summary>
internal sealed class StreamedOutputs : IDisposable
{
    private readonly Dictionary<string, StreamedOutput> _byPath = [];

    public StreamedOutputs(IReadOnlyList<string> outputs, ReportWriterSet writers, ReportOptions options)
    {
        foreach (var path in outputs)
        {
            if (StreamedOutput.TryBegin(path, writers.ForPath(path)!, options) is { } output)
                _byPath[path] = output;
        }
    }

    public IReadOnlyDictionary<string, StreamedOutput> ByPath => _byPath;

    public void Add(IReadOnlyList<DocumentResult> documents)
    {
        foreach (var output in _byPath.Values)
        {
            foreach (var document in documents)
                output.Add(document);
        }
    }

    public void Dispose()
    {
        foreach (var output in _byPath.Values)
            output.Dispose();
    }
}
