namespace Tenken.Core.Reports;

/// <summary>Writes a <see cref="ReviewReport"/> in one format, chosen by the output file's extension.</summary>
public interface IReportWriter
{
    /// <summary>Extensions (with dot, lower case) this writer produces, e.g. <c>.xlsx</c>.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    void Write(ReviewReport report, Stream output, ReportOptions options);

    /// <summary>
    /// Optional head start: called for each document as soon as it is screened (on the screening thread), so a
    /// writer can render its part while other files are still being read. <see cref="Write"/> must give the same
    /// output whether or not it was called, and must ignore it when the report holds another instance.
    /// </summary>
    void Prepare(DocumentResult document, ReportOptions options)
    {
    }

    /// <summary>
    /// Optional: starts writing <paramref name="output"/> while the scan runs, for a report no stage will change, so
    /// the run need not hold the rendered output until the end. Null (the default) when the writer needs the whole
    /// report first. The finished stream holds exactly what <see cref="Write"/> would have written.
    /// </summary>
    IReportStream? BeginStream(Stream output, ReportOptions options) => null;
}
