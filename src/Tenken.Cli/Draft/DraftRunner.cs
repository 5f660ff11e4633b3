using System.Diagnostics;
using Tenken.Cli.Scan;
using Tenken.Cli.Shared;
using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Drafts;
using Tenken.Core.Screening;

namespace Tenken.Cli.Draft;

/// <summary>
/// Runs <c>tenken draft</c>: reads and screens every input as <c>scan</c> does, drafts each document's findings,
/// writes every output (each to a temporary file first), prints the diagnostics and the summary. Exit codes as
/// <c>scan</c>: 0 every input read, 3 some failed, 2 usage mistakes, 1 an output could not be written.
/// </summary>
internal sealed class DraftRunner(DraftSettings settings, ScanConsole? console = null)
{
    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        CheckArguments();
        var ui = console ?? ScanConsole.ForProcess(settings.Quiet);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var selection = settings.ProjectFile is { } project ? ProjectSelection.Open(project) : null;
        if (selection is not null)
            ui.Log.WriteLine(selection.Announcement);
        var readers = Pipelines.Readers(ReaderOptions.Default);
        var screening = new ScreeningPipelineBuilder();
        foreach (var file in settings.LexiconFiles)
            screening.UseLexiconFile(file);
        var screener = Task.Run(() => screening.Build(diagnostics), cancellation);
        var builder = new DraftingPipelineBuilder();
        foreach (var file in settings.PatternFiles)
            builder.UsePatternFile(file);
        var drafting = builder.Build(diagnostics);
        var context = new DraftRunContext(diagnostics, selection is null ? null : selection.Select);

        var files = readers.ExpandPaths(settings.Paths, diagnostics);
        var documents = new List<DocumentDrafts>();
        var failed = 0;
        using (var progress = ui.Phase("読込・判定・草案", files.Count))
        {
            foreach (var file in new DirectScanSource(readers, screener).Scan(files, cancellation))
            {
                foreach (var d in file.Diagnostics)
                    diagnostics.Add(d);
                if (file.Failed)
                    failed++;
                documents.AddRange(file.Documents.Select(d => drafting.Draft(d, context)));
                progress.Advance(file.Path, file.Failed);
            }
        }
        if (selection?.Missing() is { } missing)
            diagnostics.Warning(settings.ProjectFile!, 0, missing, "draft.project");

        var report = new DraftReport
        {
            Documents = documents,
            Diagnostics = diagnostics.ToList(),
            FromDecisions = selection is not null,
            Run = new RunInfo { Inputs = settings.Paths, FilesRead = files.Count, FilesFailed = failed, ProjectName = selection?.Name ?? "", Elapsed = clock.Elapsed },
        };
        var written = new List<WrittenOutput>();
        if (settings.Outputs.Count > 0)
        {
            using var progress = ui.Phase("出力", settings.Outputs.Count);
            foreach (var path in settings.Outputs)
            {
                written.Add(Write(report, path));
                progress.Advance(path, written[^1].Error is not null);
            }
        }

        DiagnosticPrinter.Print(report.Diagnostics, ui.Error);
        foreach (var output in written.Where(o => o.Error is not null))
            ui.Error.WriteLine($"tenken: {output.Error}");
        if (ui.ShowsSummary)
            ui.Console.Write(DraftSummaryTable.Build(report, clock.Elapsed, written));
        if (written.Any(o => o.Error is not null))
            return ExitCodes.Failure;
        return failed > 0 || diagnostics.HasErrors ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private WrittenOutput Write(DraftReport report, string path)
    {
        var clock = Stopwatch.StartNew();
        var temp = OutputFiles.TempPath(path);
        try
        {
            using (var stream = OutputFiles.CreateTemp(temp))
                DraftWriters.ForPath(path)!.Write(report, stream, settings.Order);
            return OutputFiles.Commit(path, temp, clock);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return OutputFiles.Failed(path, temp, clock, ex);
        }
    }

    private void CheckArguments()
    {
        foreach (var output in settings.Outputs)
        {
            if (DraftWriters.ForPath(output) is null)
                throw new UsageException($"出力ファイル「{output}」の形式が分かりません。拡張子は {string.Join(" ", DraftWriters.Extensions)} のいずれかにしてください。");
        }
        var duplicate = settings.Outputs.GroupBy(Path.GetFullPath).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new UsageException($"出力ファイル「{duplicate.First()}」が2回以上指定されています。");
        foreach (var lexicon in settings.LexiconFiles.Where(f => !File.Exists(f)))
            throw new UsageException($"語彙ファイル「{lexicon}」が見つかりません。");
        foreach (var patterns in settings.PatternFiles.Where(f => !File.Exists(f)))
            throw new UsageException($"改正パターンのファイル「{patterns}」が見つかりません。");
        if (settings.ProjectFile is { } project && !File.Exists(project))
            throw new UsageException($"プロジェクトファイル「{project}」が見つかりません。先に tenken scan --project で点検し、判定を取り込んでください。");
    }
}
