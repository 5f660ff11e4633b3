using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;

namespace Tenken.Cli.Scan;

/// <summary>
/// Reads every file and screens every article, remembering nothing. <c>prepare</c>, when given, is called with each
/// screened document on its worker thread (the report writers' head start).
/// </summary>
internal sealed class DirectScanSource(ReaderPipeline readers, Task<ScreeningPipeline> screener, Action<DocumentResult>? prepare = null) : IScanSource
{
    /// <summary>Screening runs on the reading threads, so it overlaps with reading instead of queuing behind it.</summary>
    public IEnumerable<ScannedFile> Scan(IReadOnlyList<string> files, CancellationToken cancellation) =>
        readers.ReadAll(files, result =>
        {
            var pipeline = screener.GetAwaiter().GetResult();
            var documents = result.Documents.Select(d => new DocumentResult(d, pipeline.ScreenDocument(d))).ToList();
            if (prepare is not null)
                documents.ForEach(prepare);
            return new ScannedFile(result.Path, documents, result.Diagnostics);
        }, cancellation);
}
