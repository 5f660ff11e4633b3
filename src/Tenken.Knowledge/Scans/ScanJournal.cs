using System.Text.Json;
using Microsoft.Data.Sqlite;
using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Scans;

/// <summary>
/// The store's side of one scan run. Completed work is committed in batches (every file, and every
/// <see cref="BatchSize"/> screened articles within a file), so a run killed at any point loses at most the
/// current batch; the next run reuses every stored result whose text hash and analysis version still match.
/// </summary>
public sealed class ScanJournal : IDisposable
{
    private readonly ProjectStore _store;
    private readonly ScanFingerprint _fingerprint;
    private readonly Dictionary<string, StoredArticle> _stored;
    private readonly Dictionary<string, List<string>> _findings;
    private readonly List<(string DocumentId, Article Article, string Hash, ArticleResult Result)> _pending = [];
    private readonly HashSet<string> _seenArticles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenDocuments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    private ScanJournal(ProjectStore store, ScanFingerprint fingerprint, long runId, long? interrupted)
    {
        _store = store;
        _fingerprint = fingerprint;
        RunId = runId;
        InterruptedRun = interrupted;
        _stored = LoadArticles(store);
        _findings = LoadFindings(store);
    }

    public const int BatchSize = 256;

    public long RunId { get; }

    /// <summary>The previous run when it never finished (killed or interrupted); this run resumes its work.</summary>
    public long? InterruptedRun { get; }

    public int Screened { get; private set; }

    public int Reused { get; private set; }

    public ScanFingerprint Fingerprint => _fingerprint;

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

    /// <summary>True when the file is byte-for-byte what was last stored completely, read by the same readers.</summary>
    public bool IsUnchanged(string path, string fileHash)
    {
        using var source = _store.Command("SELECT 1 FROM sources WHERE path = $path AND content_hash = $hash AND read_version = $read");
        source.Parameters.AddWithValue("$path", path);
        source.Parameters.AddWithValue("$hash", fileHash);
        source.Parameters.AddWithValue("$read", _fingerprint.ReadVersion);
        return source.ExecuteScalar() is not null;
    }

    /// <summary>
    /// The stored document snapshots of an unchanged file (see <see cref="IsUnchanged"/>), in file order; turn them
    /// into documents with <see cref="ReadSnapshot"/>, which is thread-safe.
    /// </summary>
    public IReadOnlyList<byte[]> LoadFile(string path)
    {
        var snapshots = new List<byte[]>();
        using var command = _store.Command("SELECT snapshot FROM documents WHERE source_path = $path ORDER BY position");
        command.Parameters.AddWithValue("$path", path);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            snapshots.Add((byte[])reader[0]);
        return snapshots;
    }

    public static OrdinanceDocument ReadSnapshot(byte[] snapshot) => StoreJson.ReadSnapshot(snapshot);

    /// <summary>
    /// The stored result of an article whose text and analysis version are unchanged, or null when it must be
    /// screened. <paramref name="trustedUnchanged"/> skips hashing for articles of an unchanged file.
    /// </summary>
    public ArticleResult? Recall(Article article, bool trustedUnchanged = false)
    {
        _seenArticles.Add(article.Key);
        _seenDocuments.Add(article.DocumentId);
        if (!_stored.TryGetValue(article.Key, out var stored))
            return null;
        if (trustedUnchanged)
            _hashes[article.Key] = stored.TextHash;
        var hash = HashOf(article);
        if (hash != stored.TextHash || stored.AnalysisVersion != _fingerprint.AnalysisVersion)
            return null;
        Reused++;
        var extra = stored.Extra is null ? null : StoreJson.Deserialize<ArticleExtra>(stored.Extra);
        var findings = _findings.TryGetValue(article.Key, out var bodies) ? bodies.Select(StoreJson.ReadFinding).ToList() : [];
        return new ArticleResult
        {
            Article = article,
            Findings = findings,
            Suppressed = extra?.Suppressed ?? [],
            Basis = extra?.Basis,
        };
    }

    /// <summary>Keeps a freshly screened result; it is committed with the batch.</summary>
    public void Record(Article article, ArticleResult result)
    {
        _seenArticles.Add(article.Key);
        _seenDocuments.Add(article.DocumentId);
        _pending.Add((article.DocumentId, article, HashOf(article), result));
        Screened++;
        if (_pending.Count >= BatchSize)
            Commit(null);
    }

    /// <summary>Commits the file's pending results and, when it was read afresh, its document snapshots.</summary>
    public void CompleteFile(string path, string fileHash, IReadOnlyList<OrdinanceDocument> documents, bool loadedFromStore)
    {
        _seenSources.Add(path);
        foreach (var document in documents)
            _seenDocuments.Add(document.Id);
        Commit(loadedFromStore ? null : (path, fileHash, documents));
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
    public ScanChanges Finish(IReadOnlyList<(OrdinanceDocument Document, ArticleResult Result)> articles)
    {
        Flush();
        using var transaction = _store.Connection.BeginTransaction();
        var changes = ScanBaseline.Advance(_store, transaction, articles, _seenArticles, key => _hashes.TryGetValue(key, out var h) ? h : _stored[key].TextHash);
        Prune(transaction);
        using (var run = _store.Command(
            "UPDATE runs SET status = 'completed', finished_at = $at, articles = $articles, screened = $screened, reused = $reused, added = $added, changed = $changed, removed = $removed WHERE id = $id",
            transaction))
        {
            run.Parameters.AddWithValue("$at", Timestamps.Now());
            run.Parameters.AddWithValue("$articles", articles.Count);
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

    private void Prune(SqliteTransaction transaction)
    {
        var documents = ReadColumn("SELECT id FROM documents", transaction).Where(id => !_seenDocuments.Contains(id)).ToList();
        foreach (var id in documents)
            Delete("DELETE FROM documents WHERE id = $key", id, transaction);
        var sources = ReadColumn("SELECT path FROM sources", transaction).Where(p => !_seenSources.Contains(p)).ToList();
        foreach (var path in sources)
            Delete("DELETE FROM sources WHERE path = $key", path, transaction);
    }

    private List<string> ReadColumn(string sql, SqliteTransaction transaction)
    {
        using var command = _store.Command(sql, transaction);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    private void Delete(string sql, string key, SqliteTransaction transaction)
    {
        using var command = _store.Command(sql, transaction);
        command.Parameters.AddWithValue("$key", key);
        command.ExecuteNonQuery();
    }

    private void Commit((string Path, string Hash, IReadOnlyList<OrdinanceDocument> Documents)? file)
    {
        if (_pending.Count == 0 && file is null)
            return;
        using var transaction = _store.Connection.BeginTransaction();
        using var writer = new ScanWriter(_store, transaction, RunId, _fingerprint);
        foreach (var (documentId, article, hash, result) in _pending)
        {
            var extra = writer.WriteArticle(documentId, article, hash, result);
            _stored[article.Key] = new StoredArticle(hash, _fingerprint.AnalysisVersion, extra);
            _findings[article.Key] = [.. result.Findings.Select(StoreJson.Finding)];
        }
        if (file is { } f)
        {
            for (var i = 0; i < f.Documents.Count; i++)
                writer.WriteDocument(f.Path, i, f.Documents[i], f.Documents[i].Articles.Select(HashOf));
            writer.WriteSource(f.Path, f.Hash);
        }
        transaction.Commit();
        _pending.Clear();
    }

    private static Dictionary<string, StoredArticle> LoadArticles(ProjectStore store)
    {
        var articles = new Dictionary<string, StoredArticle>(StringComparer.Ordinal);
        using var command = store.Command("SELECT key, text_hash, analysis_version, extra FROM articles");
        using var reader = command.ExecuteReader();
        while (reader.Read())
            articles[reader.GetString(0)] = new StoredArticle(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        return articles;
    }

    private static Dictionary<string, List<string>> LoadFindings(ProjectStore store)
    {
        var findings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using var command = store.Command("SELECT article_key, body FROM findings ORDER BY article_key, rowid");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (!findings.TryGetValue(key, out var list))
                findings[key] = list = [];
            list.Add(reader.GetString(1));
        }
        return findings;
    }
}
