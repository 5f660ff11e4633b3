using Tenken.Cli.Shared;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening;
using Tenken.Knowledge.Scans;
using Tenken.Knowledge.Store;

namespace Tenken.Cli.Scan.Project;

/// <summary>
/// A scan with <c>--project</c>: unchanged files are not read again, unchanged articles are not screened again,
/// completed work is committed in batches as it goes, and the stages around the others carry decisions, model
/// answers and precedents onto the findings and close the run with its 差分.
/// </summary>
internal sealed class ProjectScan : IScanSource, IDisposable
{
    private readonly ProjectStore _store;
    private readonly ScanRunContext _context;
    private readonly ReaderPipeline _readers;
    private readonly ScreeningPipeline _screener;

    private ProjectScan(ProjectStore store, ScanJournal journal, ScanRunContext context, ReaderPipeline readers, ScreeningPipeline screener)
    {
        _store = store;
        Journal = journal;
        _context = context;
        _readers = readers;
        _screener = screener;
    }

    public string Name => _store.Municipality;

    public ScanJournal Journal { get; }

    public ProjectStore Store => _store;

    /// <summary>Opens (or creates) the project and starts a run; null when the scan has no --project.</summary>
    public static ProjectScan? Begin(ScanSettings settings, ScanRunContext context, ReaderPipeline readers, ScreeningPipeline screener)
    {
        if (settings.ProjectFile is not { } path)
            return null;
        ProjectStore store;
        try
        {
            store = ProjectStore.OpenOrCreate(path, settings.Municipality);
        }
        catch (ProjectStoreException ex)
        {
            throw new UsageException(ex.Message);
        }
        // A rules file changes the results as a lexicon does: both are hashed into the analysis version.
        var fingerprint = ScanFingerprint.Create(readers.Options, [.. settings.LexiconFiles, .. settings.RuleFiles]);
        var journal = ScanJournal.Begin(store, fingerprint, settings.Paths, new RunInfo().ToolVersion);
        if (journal.InterruptedRun is { } interrupted)
            context.Log.WriteLine($"前回の実行（#{interrupted}）は途中で終わっています。保存済みの結果を使って続きから再開します。");
        return new ProjectScan(store, journal, context, readers, screener);
    }

    /// <summary>The run's stages: the project's recall first, the caller's stages, then the project's record.</summary>
    public IReadOnlyList<IScanStage> Around(IReadOnlyList<IScanStage> stages) =>
        [new ProjectRecallStage(this), .. stages, new ProjectRecordStage(this)];

    /// <summary>
    /// Unchanged files come from their stored snapshots, the others from the readers; both are decoded or read in
    /// parallel, and documents the store has never seen are screened there too. Everything else (recalling stored
    /// results, screening changed documents, committing) happens in input order on this thread, the store's.
    /// </summary>
    public IEnumerable<ScannedFile> Scan(IReadOnlyList<string> files, CancellationToken cancellation)
    {
        var plan = files.Select(f =>
        {
            var hash = FileHash(f);
            return (Path: f, Hash: hash, Stored: hash is null ? null : Journal.LoadFile(f, hash));
        }).ToList();
        var fingerprint = Journal.Fingerprint;
        var known = Journal.KnownDocuments;
        var degree = Math.Clamp(_readers.Options.MaxParallelism > 0 ? _readers.Options.MaxParallelism : Environment.ProcessorCount, 1, 64);
        var loaded = plan.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(degree)
            .WithCancellation(cancellation)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(p =>
            {
                if (p.Stored is { } stored)
                    return (p.Path, p.Hash, Stored: (List<LoadedDocument>?)[.. stored.Select(s => ScanJournal.Decode(s, fingerprint))], Read: (ReadResult?)null, Fresh: (List<DocumentResult?>?)null);
                var read = _readers.ReadFile(p.Path, cancellation);
                var fresh = read.Documents.Select(d => known.Contains(d.Id) ? null : new DocumentResult(d, _screener.ScreenDocument(d))).ToList();
                return (p.Path, p.Hash, Stored: null, Read: read, Fresh: (List<DocumentResult?>?)fresh);
            });
        foreach (var (path, hash, stored, read, fresh) in loaded)
        {
            if (stored is not null)
            {
                var screenedBefore = Journal.Screened;
                var results = stored.Select(d => Complete(d.Document, Journal.Adopt(d))).ToList();
                Journal.CompleteFile(path, hash, results, write: Journal.Screened > screenedBefore);
                yield return new ScannedFile(path, results, []);
                continue;
            }
            var screened = read!.Documents.Select((d, i) => fresh![i] is { } whole ? Keep(whole) : Complete(d, [.. d.Articles.Select(Journal.Recall)])).ToList();
            Journal.CompleteFile(path, read.Diagnostics.Count == 0 ? hash : null, screened, write: true);
            yield return new ScannedFile(path, screened, read.Diagnostics);
        }
    }

    public void Dispose()
    {
        Journal.Dispose();
        _store.Dispose();
    }

    internal TextWriter Log => _context.Log;

    /// <summary>
    /// Fills in the articles without a stored result; when any article needs screening the whole document is
    /// screened (rules may look across articles) and only the new results are recorded.
    /// </summary>
    private DocumentResult Complete(OrdinanceDocument document, ArticleResult?[] results)
    {
        if (results.Any(r => r is null))
        {
            var fresh = _screener.ScreenDocument(document);
            for (var i = 0; i < results.Length; i++)
            {
                if (results[i] is null)
                {
                    results[i] = fresh[i];
                    Journal.Record(document.Articles[i], fresh[i]);
                }
            }
        }
        return new DocumentResult(document, results!);
    }

    private DocumentResult Keep(DocumentResult screened)
    {
        Journal.RecordAll(screened);
        return screened;
    }

    private static string? FileHash(string path)
    {
        try
        {
            return ContentHash.OfFile(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
