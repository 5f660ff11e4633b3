using System.Collections.Concurrent;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;

namespace Tenken.Core.Reading;

/// <summary>
/// Immutable, thread-safe set of readers. Expands folders, chooses a reader per file by content and extension,
/// reads files in parallel and yields results in input order. Never throws for bad input: every problem becomes
/// a diagnostic naming the file.
/// </summary>
public sealed class ReaderPipeline
{
    private readonly IDocumentReader[] _readers;

    internal ReaderPipeline(IDocumentReader[] readers, ReaderOptions options)
    {
        _readers = readers;
        Options = options;
        Extensions = readers.SelectMany(r => r.Extensions).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public ReaderOptions Options { get; }

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>Extensions the readers name (a folder walk takes every file, see <see cref="ExpandPaths"/>).</summary>
    public IReadOnlySet<string> Extensions { get; }

    /// <summary>
    /// Turns the arguments into a sorted list of files: a file is taken as given, a folder is walked recursively and
    /// every file in it is taken, so that one no reader handles (an image, a scanned PDF, an unknown type) fails with a
    /// diagnostic naming it instead of being skipped in silence. Hidden files and folders and Office lock files (~$)
    /// are left out, and notes beside the 例規 (*.md, Thumbs.db) are listed as skipped (info). A path that does not
    /// exist is a diagnostic.
    /// </summary>
    public IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(WalkFolder(path, diagnostics));
            else
                diagnostics.Error(path, 0, "ファイルまたはフォルダが見つかりません。", "TK0001");
        }
        return files;
    }

    private static List<string> WalkFolder(string folder, DiagnosticBag diagnostics)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal))
                continue;
            if (UnreadableFormats.IsNote(file))
                diagnostics.Info(file, 0, "例規ではない説明・管理用のファイルとして読み飛ばしました。", "TK0007");
            else
                files.Add(file);
        }
        return files;
    }

    /// <summary>Reads every file (after <see cref="ExpandPaths"/>) in parallel, yielding results in input order.</summary>
    public IEnumerable<ReadResult> ReadAll(IReadOnlyList<string> files, CancellationToken cancellation = default) =>
        ReadAll(files, r => r, cancellation);

    /// <summary>
    /// Reads every file in parallel and applies <paramref name="selector"/> to each result on the worker thread
    /// (so per-file work such as screening or serialising runs in parallel too); yields in input order.
    /// </summary>
    public IEnumerable<T> ReadAll<T>(IReadOnlyList<string> files, Func<ReadResult, T> selector, CancellationToken cancellation = default)
    {
        var degree = Options.MaxParallelism > 0 ? Options.MaxParallelism : Environment.ProcessorCount;
        if (degree <= 1 || files.Count <= 1)
            return files.Select(f => selector(ReadFile(f, cancellation)));
        // Load-balanced (dynamic) partitioning: with PLINQ's default range partitioning one worker takes the second
        // half of the files, and in order-preserving mode its results wait for the first half, stalling it.
        return Partitioner.Create(files.ToArray(), loadBalance: true).AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Min(degree, 64))
            .WithCancellation(cancellation)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(f => selector(ReadFile(f, cancellation)));
    }

    /// <summary>Reads one file; its diagnostics are returned with it.</summary>
    public ReadResult ReadFile(string path, CancellationToken cancellation = default)
    {
        var bag = new DiagnosticBag();
        var documents = new List<OrdinanceDocument>();
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                bag.Error(path, 0, "ファイルが見つかりません。", "TK0001");
            else if (info.Length == 0)
                bag.Error(path, 0, "ファイルが空です（0バイト）。", "TK0002");
            else if (info.Length > Options.MaxFileBytes)
                bag.Error(path, 0, $"ファイルが大きすぎます（{info.Length:N0}バイト、上限{Options.MaxFileBytes:N0}バイト）。", "TK0003");
            else
                documents.AddRange(Read(SourceInput.FromFile(path), new ReadContext(Options, bag, cancellation)));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(path, 0, $"ファイルを読めません: {ex.Message}", "TK0004");
        }
        return new ReadResult(path, documents, bag.ToList());
    }

    /// <summary>Reads an in-memory source with the best matching reader.</summary>
    public IReadOnlyList<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        var reader = Choose(input);
        if (reader is null)
        {
            context.Diagnostics.Error(input.Path, 0, UnreadableFormats.Describe(input), "TK0005");
            return [];
        }
        try
        {
            var documents = reader.Read(input, context).ToList();
            if (documents.Count == 0 && !context.Diagnostics.HasErrors)
                context.Diagnostics.Error(input.Path, 0, $"条文が見つかりません（{reader.Format}として読みました）。", "TK0006");
            return documents;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A reader bug must not stop the run; report it against the file so the user can send it to us.
            context.Diagnostics.Error(input.Path, 0, $"読み取り中に内部エラーが発生しました（{reader.Format}）: {ex.GetType().Name}: {ex.Message}", "TK0099");
            return [];
        }
    }

    public IDocumentReader? Choose(SourceInput input)
    {
        var head = input.Bytes[..Math.Min(input.Bytes.Length, SourceProbe.HeadLength)];
        var probe = new SourceProbe(input.Path, Path.GetExtension(input.Path).ToLowerInvariant(), head);
        IDocumentReader? best = null;
        var bestScore = 0;
        foreach (var reader in _readers)
        {
            var score = reader.Probe(probe);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }
        return best;
    }
}
