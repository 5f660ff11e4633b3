namespace Tenken.Core.Reports;

/// <summary>
/// A report being written while the scan runs (see <see cref="IReportWriter.BeginStream"/>): every document in
/// reading order through <see cref="Add"/>, then <see cref="Finish"/> once with the complete report. Used by one
/// thread at a time.
/// </summary>
public interface IReportStream : IDisposable
{
    void Add(DocumentResult document);

    /// <summary>Writes what only the whole run knows (counts, diagnostics) and completes the file.</summary>
    void Finish(ReviewReport report);
}
