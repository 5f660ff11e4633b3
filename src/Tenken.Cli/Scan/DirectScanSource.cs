using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;

namespace Tenken.Cli.Scan;

/// <summary>Reads every file (in parallel) and screens every article, remembering nothing.</summary>
internal sealed class DirectScanSource(ReaderPipeline readers, ScreeningPipeline screener) : IScanSource
{
    public IEnumerable<ScannedFile> Scan(IReadOnlyList<string> files, CancellationToken cancellation) =>
        readers.ReadAll(files, cancellation).Select(result => new ScannedFile(
            result.Path,
            [.. result.Documents.Select(d => new DocumentResult(d, screener.ScreenDocument(d)))],
            result.Diagnostics));
}
