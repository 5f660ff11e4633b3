using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;

namespace Tenken.Cli.Scan;

/// <summary>Reads every file and screens every article, remembering nothing.</summary>
internal sealed class DirectScanSource(ReaderPipeline readers, ScreeningPipeline screener) : IScanSource
{
    /// <summary>Screening runs on the reading threads, so it overlaps with reading instead of queuing behind it.</summary>
    public IEnumerable<ScannedFile> Scan(IReadOnlyList<string> files, CancellationToken cancellation)
    {
        ScannedFile One(string file)
        {
            var result = readers.ReadFile(file, cancellation);
            return new ScannedFile(result.Path, [.. result.Documents.Select(d => new DocumentResult(d, screener.ScreenDocument(d)))], result.Diagnostics);
        }
        var degree = readers.Options.MaxParallelism > 0 ? readers.Options.MaxParallelism : Environment.ProcessorCount;
        if (degree <= 1 || files.Count <= 1)
            return files.Select(One);
        return files.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Min(degree, 64))
            .WithCancellation(cancellation)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(One);
    }
}
