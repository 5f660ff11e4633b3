namespace Tenken.Core.Reports;

/// <summary>Writes a <see cref="ReviewReport"/> in one format, chosen by the output file's extension.</summary>
public interface IReportWriter
{
    /// <summary>Extensions (with dot, lower case) this writer produces, e.g. <c>.xlsx</c>.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    void Write(ReviewReport report, Stream output, ReportOptions options);
}
