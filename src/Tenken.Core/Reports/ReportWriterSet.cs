namespace Tenken.Core.Reports;

/// <summary>The report writers available to a run, looked up by the output file's extension.</summary>
public sealed class ReportWriterSet
{
    private readonly List<IReportWriter> _writers = [];

    public ReportWriterSet Add(IReportWriter writer)
    {
        _writers.Add(writer);
        return this;
    }

    public IReadOnlyCollection<string> Extensions => [.. _writers.SelectMany(w => w.Extensions).Distinct()];

    public IReportWriter? ForPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return _writers.LastOrDefault(w => w.Extensions.Contains(ext));
    }
}
