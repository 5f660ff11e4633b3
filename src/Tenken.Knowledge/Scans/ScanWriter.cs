using Microsoft.Data.Sqlite;
using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Scans;

/// <summary>Writes one batch of a scan (articles with their findings, document snapshots, sources) inside a transaction.</summary>
internal sealed class ScanWriter(ProjectStore store, SqliteTransaction transaction, long runId, ScanFingerprint fingerprint) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
    }

    /// <summary>One prepared command per statement for the whole batch; parameters are replaced on each use.</summary>
    private SqliteCommand Prepared(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
            _commands[sql] = command = store.Command(sql, transaction);
        command.Parameters.Clear();
        return command;
    }

    /// <summary>What the screening said of an article besides its findings, as stored JSON (null when nothing).</summary>
    public static string? ExtraOf(ArticleResult result) =>
        result.Suppressed.Count > 0 || result.Basis is not null ? StoreJson.Serialize(new ArticleExtra(result.Suppressed, result.Basis)) : null;

    /// <summary>Replaces the article's row and findings.</summary>
    public void WriteArticle(Article article, string hash, ArticleResult result)
    {
        var extra = ExtraOf(result);
        var upsert = Prepared(
            """
            INSERT INTO articles (key, document_id, title, caption, text, text_hash, analysis_version, screened_run, extra, categories)
            VALUES ($key, $doc, $title, $caption, $text, $hash, $version, $run, $extra, $categories)
            ON CONFLICT (key) DO UPDATE SET document_id = excluded.document_id, title = excluded.title,
                caption = excluded.caption, text = excluded.text, text_hash = excluded.text_hash,
                analysis_version = excluded.analysis_version, screened_run = excluded.screened_run, extra = excluded.extra,
                categories = excluded.categories
            """);
        upsert.Parameters.AddWithValue("$key", article.Key);
        upsert.Parameters.AddWithValue("$doc", article.DocumentId);
        upsert.Parameters.AddWithValue("$title", article.Title);
        upsert.Parameters.AddWithValue("$caption", (object?)article.Caption ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$text", article.Text);
        upsert.Parameters.AddWithValue("$hash", hash);
        upsert.Parameters.AddWithValue("$version", fingerprint.AnalysisVersion);
        upsert.Parameters.AddWithValue("$run", runId);
        upsert.Parameters.AddWithValue("$extra", (object?)extra ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$categories", ScanBaseline.CategoryList(result.Findings));
        upsert.ExecuteNonQuery();
        var delete = Prepared("DELETE FROM findings WHERE article_key = $key");
        delete.Parameters.AddWithValue("$key", article.Key);
        delete.ExecuteNonQuery();
        foreach (var finding in result.Findings)
        {
            var insert = Prepared("INSERT OR REPLACE INTO findings (id, article_key, category, confidence, body) VALUES ($id, $key, $category, $confidence, $body)");
            insert.Parameters.AddWithValue("$id", finding.Id);
            insert.Parameters.AddWithValue("$key", article.Key);
            insert.Parameters.AddWithValue("$category", finding.Category.Code());
            insert.Parameters.AddWithValue("$confidence", finding.Confidence);
            insert.Parameters.AddWithValue("$body", StoreJson.Finding(finding));
            insert.ExecuteNonQuery();
        }
    }

    internal void WriteDocument(string sourcePath, int position, OrdinanceDocument document, StoredResults results)
    {
        var contentHash = ContentHash.Of(document.Title + "\n" + string.Join("\n", results.Articles.Select(a => a.Hash)));
        var upsert = Prepared(
            """
            INSERT INTO documents (id, source_path, position, title, kind, number, format, content_hash, analysis_version, snapshot, results, run_id)
            VALUES ($id, $path, $position, $title, $kind, $number, $format, $hash, $analysis, $snapshot, $results, $run)
            ON CONFLICT (id) DO UPDATE SET source_path = excluded.source_path, position = excluded.position,
                title = excluded.title, kind = excluded.kind, number = excluded.number, format = excluded.format,
                content_hash = excluded.content_hash, analysis_version = excluded.analysis_version,
                snapshot = excluded.snapshot, results = excluded.results, run_id = excluded.run_id
            """);
        upsert.Parameters.AddWithValue("$id", document.Id);
        upsert.Parameters.AddWithValue("$path", sourcePath);
        upsert.Parameters.AddWithValue("$position", position);
        upsert.Parameters.AddWithValue("$title", document.Title);
        upsert.Parameters.AddWithValue("$kind", document.Kind);
        upsert.Parameters.AddWithValue("$number", (object?)document.Number ?? DBNull.Value);
        upsert.Parameters.AddWithValue("$format", document.Format);
        upsert.Parameters.AddWithValue("$hash", contentHash);
        upsert.Parameters.AddWithValue("$analysis", fingerprint.AnalysisVersion);
        upsert.Parameters.AddWithValue("$snapshot", DocumentSnapshot.Write(document));
        upsert.Parameters.AddWithValue("$results", results.ToBytes());
        upsert.Parameters.AddWithValue("$run", runId);
        upsert.ExecuteNonQuery();
    }

    public void WriteSource(string path, string hash)
    {
        var upsert = Prepared(
            """
            INSERT INTO sources (path, content_hash, read_version, run_id) VALUES ($path, $hash, $read, $run)
            ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, read_version = excluded.read_version, run_id = excluded.run_id
            """);
        upsert.Parameters.AddWithValue("$path", path);
        upsert.Parameters.AddWithValue("$hash", hash);
        upsert.Parameters.AddWithValue("$read", fingerprint.ReadVersion);
        upsert.Parameters.AddWithValue("$run", runId);
        upsert.ExecuteNonQuery();
    }
}
