using System.Diagnostics;
using Tenken.Cli.Shared;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;

namespace Tenken.Cli.Scan;

/// <summary>Runs one scan: read every input, screen every article, run the optional stages, write the outputs.</summary>
internal sealed class ScanRunner(ScanSettings settings, IReadOnlyList<IScanStage> stages)
{
    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var writers = ReportWriters.Create();
        foreach (var output in settings.Outputs)
        {
            if (writers.ForPath(output) is null)
                throw new UsageException($"出力ファイル「{output}」の形式が分かりません。拡張子は {string.Join(" ", writers.Extensions)} のいずれかにしてください。");
        }
        foreach (var lexicon in settings.LexiconFiles)
        {
            if (!File.Exists(lexicon))
                throw new UsageException($"語彙ファイル「{lexicon}」が見つかりません。");
        }

        var clock = Stopwatch.StartNew();
        var log = settings.Quiet ? TextWriter.Null : Console.Error;
        var diagnostics = new DiagnosticBag();
        var context = new ScanRunContext(settings, diagnostics, log);
        var readers = Pipelines.Readers(new ReaderOptions { IncludeSupplementaryParagraphs = settings.IncludeSupplementaryParagraphs });
        var screening = new ScreeningPipelineBuilder();
        foreach (var file in settings.LexiconFiles)
            screening.UseLexiconFile(file);
        var screener = screening.Build(diagnostics);

        var files = readers.ExpandPaths(settings.Paths, diagnostics);
        var documents = new List<DocumentResult>();
        var failed = 0;
        // Screening runs on the reading threads, so it overlaps with reading instead of queuing behind it.
        foreach (var (result, screened) in ReadAndScreen(readers, screener, files, cancellation))
        {
            foreach (var d in result.Diagnostics)
                diagnostics.Add(d);
            if (result.Failed)
                failed++;
            documents.AddRange(screened);
        }

        var report = new ReviewReport
        {
            Documents = documents,
            Run = new RunInfo { Inputs = settings.Paths, FilesRead = files.Count, FilesFailed = failed },
        };
        foreach (var stage in stages)
            report = await stage.RunAsync(report, context, cancellation);
        report = report with
        {
            Diagnostics = diagnostics.ToList(),
            Run = report.Run with { Elapsed = clock.Elapsed },
        };

        foreach (var output in settings.Outputs)
        {
            var writer = writers.ForPath(output)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(output));
            if (folder is not null)
                Directory.CreateDirectory(folder);
            await using var stream = File.Create(output);
            writer.Write(report, stream, new ReportOptions { IncludeAllArticles = settings.AllArticles });
        }
        DiagnosticPrinter.Print(report.Diagnostics);
        var articles = report.Articles.Count();
        var analog = report.Articles.Count(a => a.Analog);
        log.WriteLine($"読込 {files.Count} ファイル（失敗 {failed}）、{articles:N0} 条、アナログ規制の候補 {analog:N0} 条、{clock.Elapsed.TotalSeconds:F1} 秒");
        return failed > 0 || diagnostics.HasErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static IEnumerable<(ReadResult Result, IReadOnlyList<DocumentResult> Screened)> ReadAndScreen(
        ReaderPipeline readers, ScreeningPipeline screener, IReadOnlyList<string> files, CancellationToken cancellation)
    {
        (ReadResult, IReadOnlyList<DocumentResult>) One(string file)
        {
            var result = readers.ReadFile(file, cancellation);
            return (result, [.. result.Documents.Select(d => new DocumentResult(d, screener.ScreenDocument(d)))]);
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
