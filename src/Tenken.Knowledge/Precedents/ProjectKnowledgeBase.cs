using Microsoft.Data.Sqlite;
using Tenken.Knowledge.Store;

namespace Tenken.Knowledge.Precedents;

/// <summary>The knowledge base inside a project file (table kb_entries): this project's decisions and imported packs.</summary>
public sealed class ProjectKnowledgeBase(ProjectStore store, bool ownsStore = false) : IKnowledgeBase
{
    public string Name => store.Path;

    public IReadOnlyList<KnowledgeEntry> Load(string? municipality = null)
    {
        using var command = store.Command(
            "SELECT municipality, entry_key, article_key, document_title, article_title, text, categories, verdict, direction, reason, reviewer, decided_at FROM kb_entries"
            + (municipality is null ? "" : " WHERE municipality = $m") + " ORDER BY municipality, entry_key");
        if (municipality is not null)
            command.Parameters.AddWithValue("$m", municipality);
        using var reader = command.ExecuteReader();
        var entries = new List<KnowledgeEntry>();
        while (reader.Read())
            entries.Add(ReadEntry(reader));
        return entries;
    }

    public KnowledgeMergeResult Merge(IReadOnlyList<KnowledgeEntry> entries, string origin)
    {
        using var transaction = store.Connection.BeginTransaction();
        var result = Merge(entries, origin, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>The same merge inside a caller's transaction (the review import records decisions and entries together).</summary>
    internal KnowledgeMergeResult Merge(IReadOnlyList<KnowledgeEntry> entries, string origin, SqliteTransaction transaction)
    {
        var tally = new KnowledgeMerge.Tally();
        using var select = store.Command(
            "SELECT municipality, entry_key, article_key, document_title, article_title, text, categories, verdict, direction, reason, reviewer, decided_at FROM kb_entries WHERE municipality = $m AND entry_key = $k",
            transaction);
        using var upsert = store.Command(
            """
            INSERT INTO kb_entries (municipality, entry_key, article_key, document_title, article_title, text, categories, verdict, direction, reason, reviewer, decided_at, origin)
            VALUES ($m, $k, $a, $dt, $at, $text, $c, $v, $dir, $reason, $reviewer, $decided, $origin)
            ON CONFLICT (municipality, entry_key) DO UPDATE SET article_key = excluded.article_key, document_title = excluded.document_title,
                article_title = excluded.article_title, text = excluded.text, categories = excluded.categories, verdict = excluded.verdict,
                direction = excluded.direction, reason = excluded.reason, reviewer = excluded.reviewer, decided_at = excluded.decided_at, origin = excluded.origin
            """, transaction);
        foreach (var entry in KnowledgeMerge.Distinct(entries))
        {
            select.Parameters.Clear();
            select.Parameters.AddWithValue("$m", entry.Municipality);
            select.Parameters.AddWithValue("$k", entry.Key);
            KnowledgeEntry? stored = null;
            using (var reader = select.ExecuteReader())
            {
                if (reader.Read())
                    stored = ReadEntry(reader);
            }
            if (!tally.Record(KnowledgeMerge.Decide(stored, entry)))
                continue;
            upsert.Parameters.Clear();
            upsert.Parameters.AddWithValue("$m", entry.Municipality);
            upsert.Parameters.AddWithValue("$k", entry.Key);
            upsert.Parameters.AddWithValue("$a", entry.ArticleKey);
            upsert.Parameters.AddWithValue("$dt", entry.DocumentTitle);
            upsert.Parameters.AddWithValue("$at", entry.ArticleTitle);
            upsert.Parameters.AddWithValue("$text", entry.Text);
            upsert.Parameters.AddWithValue("$c", string.Join(",", entry.Categories));
            upsert.Parameters.AddWithValue("$v", entry.Verdict);
            upsert.Parameters.AddWithValue("$dir", entry.Direction);
            upsert.Parameters.AddWithValue("$reason", entry.Reason);
            upsert.Parameters.AddWithValue("$reviewer", entry.Reviewer);
            upsert.Parameters.AddWithValue("$decided", Timestamps.Format(entry.DecidedAt));
            upsert.Parameters.AddWithValue("$origin", origin);
            upsert.ExecuteNonQuery();
        }
        return tally.Result;
    }

    public void Dispose()
    {
        if (ownsStore)
            store.Dispose();
    }

    private static KnowledgeEntry ReadEntry(SqliteDataReader r) => new()
    {
        Municipality = r.GetString(0),
        Key = r.GetString(1),
        ArticleKey = r.GetString(2),
        DocumentTitle = r.GetString(3),
        ArticleTitle = r.GetString(4),
        Text = r.GetString(5),
        Categories = r.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries),
        Verdict = r.GetString(7),
        Direction = r.GetString(8),
        Reason = r.GetString(9),
        Reviewer = r.GetString(10),
        DecidedAt = Timestamps.Parse(r.GetString(11)),
    };
}
