using System.Diagnostics;
using Tenken.Cli.Scan.Project;
using Tenken.Cli.Shared;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Summary;
using Tenken.Core.Screening;

namespace Tenken.Cli.Scan;

/// <summary>
/// Runs one scan: read every input, screen every article, run the optional stages (<see cref="IScanStage"/>),
/// write the outputs, print the summary. Exit code 0 when every input was read, 3 when some failed, 2 for usage
/// mistakes (thrown as <see cref="UsageException"/>), 1 when an output could not be written.
/// </summary>
internal sealed class ScanRunner(ScanSettings settings, IReadOnlyList<IScanStage> stages, ScanConsole? console = null)
{
    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var writers = ReportWriters.Create();
        CheckArguments(writers);
        var ui = console ?? ScanConsole.ForProcess(settings.Quiet);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var context = new ScanRunContext(settings, diagnostics, ui.Log);
        var readers = Pipelines.Readers(new ReaderOptions { IncludeSupplementaryParagraphs = settings.IncludeSupplementaryParagraphs });
        var screening = new ScreeningPipelineBuilder();
        foreach (var file in settings.LexiconFiles)
            screening.UseLexiconFile(file);
        foreach (var file in settings.RuleFiles)
            screening.UseRulesFile(file);
        // The lexicon is compiled while the first files are being read.
        var screener = Task.Run(() => screening.Build(diagnostics), cancellation);

        var files = readers.ExpandPaths(settings.Paths, diagnostics);
        using var project = settings.ProjectFile is null ? null : ProjectScan.Begin(settings, context, readers, await screener);
        // Without stages the report is final as screened: the writers may start on each document at once, and
        // those that can write their file as the scan goes (results.json) do, instead of holding it all to the end.
        var outputWriters = settings.Outputs.Select(o => writers.ForPath(o)!).Distinct().ToList();
        var reportOptions = new ReportOptions { IncludeAllArticles = settings.AllArticles };
        Action<DocumentResult>? prepare = stages.Count == 0 && outputWriters.Count > 0 ? d => outputWriters.ForEach(w => w.Prepare(d, reportOptions)) : null;
        using var streamed = new StreamedOutputs(stages.Count == 0 && project is null ? settings.Outputs : [], writers, reportOptions);
        IScanSource source = (IScanSource?)project ?? new DirectScanSource(readers, screener, prepare);
        var documents = new List<DocumentResult>();
        var failed = 0;
        using (var progress = ui.Phase("読込・判定", files.Count))
        {
            foreach (var result in source.Scan(files, cancellation))
            {
                foreach (var d in result.Diagnostics)
                    diagnostics.Add(d);
                if (result.Failed)
                    failed++;
                documents.AddRange(result.Documents);
                streamed.Add(result.Documents);
                progress.Advance(result.Path, result.Failed);
            }
        }

        var report = new ReviewReport
        {
            Documents = documents,
            Run = new RunInfo { Inputs = settings.Paths, FilesRead = files.Count, FilesFailed = failed, ProjectName = project?.Name ?? "" },
        };
        foreach (var stage in project?.Around(stages) ?? stages)
            report = await stage.RunAsync(report, context, cancellation);
        report = report with
        {
            Diagnostics = diagnostics.ToList(),
            Run = report.Run with { Elapsed = clock.Elapsed },
        };

        IReadOnlyList<WrittenOutput> written = [];
        if (settings.Outputs.Count > 0)
        {
            using var progress = ui.Phase("出力", settings.Outputs.Count);
            written = await OutputFiles.WriteAllAsync(report, settings.Outputs, writers,
                reportOptions, progress, streamed.ByPath, cancellation);
        }

        DiagnosticPrinter.Print(report.Diagnostics, ui.Error);
        foreach (var output in written.Where(o => o.Error is not null))
            ui.Error.WriteLine($"tenken: {output.Error}");
        if (ui.ShowsSummary)
            ui.Console.Write(ScanSummaryTable.Build(report, ReportSummary.Of(report), clock.Elapsed, written));

        if (written.Any(o => o.Error is not null))
            return ExitCodes.Failure;
        return failed > 0 || diagnostics.HasErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private void CheckArguments(ReportWriterSet writers)
    {
        foreach (var output in settings.Outputs)
        {
            if (writers.ForPath(output) is null)
                throw new UsageException($"出力ファイル「{output}」の形式が分かりません。拡張子は {string.Join(" ", writers.Extensions)} のいずれかにしてください。");
        }
        var duplicate = settings.Outputs.GroupBy(Path.GetFullPath).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UsageException($"出力ファイル「{duplicate.First()}」が2回以上指定されています。");
        foreach (var lexicon in settings.LexiconFiles)
        {
            if (!File.Exists(lexicon))
                throw new UsageException($"語彙ファイル「{lexicon}」が見つかりません。");
        }
        foreach (var rules in settings.RuleFiles)
        {
            if (!File.Exists(rules))
                throw new UsageException($"規則ファイル「{rules}」が見つかりません。");
        }
    }
}
