using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tenken.Core.Documents;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Scans;

/// <summary>
/// The store's side of one scan run. Completed work is committed in batches (every file, and every
/// <see cref="BatchSize"/> screened articles within a file), so a run killed at any point loses at most the
/// current batch; the next run reuses every stored result whose text hash and analysis version still match.
/// An unchanged file is not read at all: its documents come back from their snapshots with their results.
/// </summary>
public sealed class ScanJournal : IDisposable
{
    public const int BatchSize = 256;

    private readonly ProjectStore _store;
    private readonly List<(Article Article, string Hash, ArticleResult Result)> _pending = [];
    private readonly HashSet<string> _seenArticles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenDocuments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, (StoredArticle Row, List<string> Findings)>> _index = new(StringComparer.Ordinal);

    private ScanJournal(ProjectStore store, ScanFingerprint fingerprint, long runId, long? interrupted)
    {
        _store = store;
        Fingerprint = fingerprint;
        RunId = runId;
        InterruptedRun = interrupted;
        var known = new HashSet<string>(StringComparer.Ordinal);
        using var command = store.Command("SELECT DISTINCT document_id FROM articles");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            known.Add(reader.GetString(0));
        KnownDocuments = known;
    }

    /// <summary>Documents with stored articles; any other document read in this run is new and can be screened straight away.</summary>
    public IReadOnlySet<string> KnownDocuments { get; }

    public long RunId { get; }

    /// <summary>The previous run when it never finished (killed or interrupted); this run resumes its work.</summary>
    public long? InterruptedRun { get; }

    public ScanFingerprint Fingerprint { get; }

    /// <summary>Articles screened in this run (new, changed, or under a new analysis version).</summary>
    public int Screened { get; private set; }

    /// <summary>Articles whose stored result was reused.</summary>
    public int Reused { get; private set; }

    /// <summary>Starts a run: earlier runs still marked running are closed as interrupted.</summary>
    public static ScanJournal Begin(ProjectStore store, ScanFingerprint fingerprint, IReadOnlyList<string> inputs, string toolVersion)
    {
        using var transaction = store.Connection.BeginTransaction();
        long? interrupted;
        using (var last = store.Command("SELECT max(id) FROM runs WHERE status = 'running'", transaction))
            interrupted = last.ExecuteScalar() is long id ? id : null;
        using (var close = store.Command("UPDATE runs SET status = 'interrupted' WHERE status = 'running'", transaction))
            close.ExecuteNonQuery();
        using var insert = store.Command(
            "INSERT INTO runs (started_at, status, tool_version, analysis_version, inputs) VALUES ($at, 'running', $tool, $version, $inputs) RETURNING id",
            transaction);
        insert.Parameters.AddWithValue("$at", Timestamps.Now());
        insert.Parameters.AddWithValue("$tool", toolVersion);
        insert.Parameters.AddWithValue("$version", fingerprint.AnalysisVersion);
        insert.Parameters.AddWithValue("$inputs", JsonSerializer.Serialize(inputs, StoreJson.Options));
        var runId = (long)insert.ExecuteScalar()!;
        transaction.Commit();
        return new ScanJournal(store, fingerprint, runId, interrupted);
    }

    /// <summary>
    /// The stored documents of a file that is byte-for-byte what was last stored completely and read by the same
    /// readers, in file order; null when the file must be read. Decode them with <see cref="Decode"/>.
    /// </summary>
    public IReadOnlyList<StoredDocument>? LoadFile(string path, string fileHash)
    {
        using (var source = _store.Command("SELECT 1 FROM sources WHERE path = $path AND content_hash = $hash AND read_version = $read"))
        {
            source.Parameters.AddWithValue("$path", path);
            source.Parameters.AddWithValue("$hash", fileHash);
            source.Parameters.AddWithValue("$read", Fingerprint.ReadVersion);
            if (source.ExecuteScalar() is null)
                return null;
        }
        var documents = new List<StoredDocument>();
        using var command = _store.Command("SELECT snapshot, results, analysis_version FROM documents WHERE source_path = $path ORDER BY position");
        command.Parameters.AddWithValue("$path", path);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            documents.Add(new StoredDocument((byte[])reader[0], (byte[])reader[1], reader.GetString(2)));
        return documents.Count > 0 ? documents : null;
    }

    /// <summary>Decodes a stored document; thread-safe, so unchanged files can be decoded in parallel.</summary>
    public static LoadedDocument Decode(StoredDocument stored, ScanFingerprint fingerprint)
    {
        var document = DocumentSnapshot.Read(stored.Snapshot);
        var results = stored.AnalysisVersion == fingerprint.AnalysisVersion ? StoredResults.FromBytes(stored.Results).Articles : null;
        return new LoadedDocument(document, results is not null && results.Count == document.Articles.Count ? results : null);
    }

    /// <summary>The stored results of a decoded document, per article; null where the article must be screened again.</summary>
    public ArticleResult?[] Adopt(LoadedDocument loaded)
    {
        var articles = loaded.Document.Articles;
        var results = new ArticleResult?[articles.Count];
        _seenDocuments.Add(loaded.Document.Id);
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            _seenArticles.Add(article.Key);
            if (loaded.Results is not { } stored)
                continue;
            var (hash, extra, findings) = stored[i];
            _hashes[article.Key] = hash;
            results[i] = Rebuild(article, extra, findings);
            Reused++;
        }
        return results;
    }

    /// <summary>
    /// The stored result of an article whose text and analysis version are unchanged (for a file read afresh),
    /// or null when it must be screened.
    /// </summary>
    public ArticleResult? Recall(Article article)
    {
        _seenArticles.Add(article.Key);
        _seenDocuments.Add(article.DocumentId);
        if (!Index(article.DocumentId).TryGetValue(article.Key, out var stored))
            return null;
        if (HashOf(article) != stored.Row.TextHash || stored.Row.AnalysisVersion != Fingerprint.AnalysisVersion)
            return null;
        Reused++;
        return Rebuild(article, stored.Row.Extra, stored.Findings);
    }

    /// <summary>Keeps the results of a document screened whole (one the store did not know).</summary>
    public void RecordAll(DocumentResult screened)
    {
        foreach (var result in screened.Articles)
            Record(result.Article, result);
    }

    /// <summary>Keeps a freshly screened result; it is committed with the batch.</summary>
    public void Record(Article article, ArticleResult result)
    {
        _seenArticles.Add(article.Key);
        _seenDocuments.Add(article.DocumentId);
        _pending.Add((article, HashOf(article), result));
        Screened++;
        if (_pending.Count >= BatchSize)
            Commit(null);
    }

    /// <summary>
    /// Ends a file: commits its pending results and, when <paramref name="write"/>, its documents' snapshots and
    /// results; <paramref name="fileHash"/> (null when the file had problems) marks the file as stored completely.
    /// </summary>
    public void CompleteFile(string path, string? fileHash, IReadOnlyList<DocumentResult> documents, bool write)
    {
        _seenSources.Add(path);
        foreach (var document in documents)
            _seenDocuments.Add(document.Document.Id);
        Commit(write ? (path, fileHash, documents) : null);
    }

    /// <summary>Commits whatever completed work is pending (after Ctrl-C the finished articles are kept).</summary>
    public void Flush() => Commit(null);

    /// <summary>The text hash of an article as stored (computed once per run).</summary>
    public string HashOf(Article article)
    {
        if (!_hashes.TryGetValue(article.Key, out var hash))
            _hashes[article.Key] = hash = ContentHash.OfArticle(article);
        return hash;
    }

    /// <summary>Closes the run: works out 新規/変更/削除 against the last completed run and moves the baseline.</summary>
    public ScanChanges Finish()
    {
        Flush();
        using var transaction = _store.Connection.BeginTransaction();
        var changes = ScanBaseline.Advance(_store, transaction, _seenArticles, nothingScreened: Screened == 0);
        Prune(transaction);
        using (var run = _store.Command(
            "UPDATE runs SET status = 'completed', finished_at = $at, articles = $articles, screened = $screened, reused = $reused, added = $added, changed = $changed, removed = $removed WHERE id = $id",
            transaction))
        {
            run.Parameters.AddWithValue("$at", Timestamps.Now());
            run.Parameters.AddWithValue("$articles", _seenArticles.Count);
            run.Parameters.AddWithValue("$screened", Screened);
            run.Parameters.AddWithValue("$reused", Reused);
            run.Parameters.AddWithValue("$added", changes.Added);
            run.Parameters.AddWithValue("$changed", changes.Changed);
            run.Parameters.AddWithValue("$removed", changes.Removed);
            run.Parameters.AddWithValue("$id", RunId);
            run.ExecuteNonQuery();
        }
        transaction.Commit();
        return changes;
    }

    public void Dispose() => Flush();

    private static ArticleResult Rebuild(Article article, string? extra, IReadOnlyList<string> findings)
    {
        var more = extra is null ? null : StoreJson.Deserialize<ArticleExtra>(extra);
        return new ArticleResult
        {
            Article = article,
            Findings = findings.Count == 0 ? [] : [.. findings.Select(StoreJson.ReadFinding)],
            Suppressed = more?.Suppressed ?? [],
            Basis = more?.Basis,
        };
    }

    /// <summary>The stored rows of one document's articles, loaded the first time the document is seen.</summary>
    private Dictionary<string, (StoredArticle Row, List<string> Findings)> Index(string documentId)
    {
        if (_index.TryGetValue(documentId, out var index))
            return index;
        index = new Dictionary<string, (StoredArticle, List<string>)>(StringComparer.Ordinal);
        using (var command = _store.Command("SELECT key, text_hash, analysis_version, extra FROM articles WHERE document_id = $d"))
        {
            command.Parameters.AddWithValue("$d", documentId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                index[reader.GetString(0)] = (new StoredArticle(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)), []);
        }
        using (var command = _store.Command(
            "SELECT f.article_key, f.body FROM findings f JOIN articles a ON a.key = f.article_key WHERE a.document_id = $d ORDER BY f.rowid"))
        {
            command.Parameters.AddWithValue("$d", documentId);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                index[reader.GetString(0)].Findings.Add(reader.GetString(1));
        }
        _index[documentId] = index;
        return index;
    }

    private void Prune(SqliteTransaction transaction)
    {
        foreach (var (table, column, seen) in (ReadOnlySpan<(string, string, HashSet<string>)>)[("documents", "id", _seenDocuments), ("sources", "path", _seenSources)])
        {
            var gone = new List<string>();
            using (var select = _store.Command($"SELECT {column} FROM {table}", transaction))
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    if (!seen.Contains(reader.GetString(0)))
                        gone.Add(reader.GetString(0));
                }
            }
            foreach (var key in gone)
            {
                using var delete = _store.Command($"DELETE FROM {table} WHERE {column} = $key", transaction);
                delete.Parameters.AddWithValue("$key", key);
                delete.ExecuteNonQuery();
            }
        }
    }

    private void Commit((string Path, string? Hash, IReadOnlyList<DocumentResult> Documents)? file)
    {
        if (_pending.Count == 0 && file is null)
            return;
        using var transaction = _store.Connection.BeginTransaction();
        using var writer = new ScanWriter(_store, transaction, RunId, Fingerprint);
        foreach (var (article, hash, result) in _pending)
        {
            writer.WriteArticle(article, hash, result);
            _index.Remove(article.DocumentId);
        }
        if (file is { } f)
        {
            for (var i = 0; i < f.Documents.Count; i++)
            {
                var results = new StoredResults([.. f.Documents[i].Articles.Select(r =>
                    (HashOf(r.Article), ScanWriter.ExtraOf(r), (IReadOnlyList<string>)[.. r.Findings.Select(StoreJson.Finding)]))]);
                writer.WriteDocument(f.Path, i, f.Documents[i].Document, results);
            }
            if (f.Hash is not null)
                writer.WriteSource(f.Path, f.Hash);
        }
        transaction.Commit();
        _pending.Clear();
    }
}
