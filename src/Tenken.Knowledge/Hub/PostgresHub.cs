using Npgsql;
using Tenken.Knowledge.Precedents;

namespace Tenken.Knowledge.Hub;

/// <summary>
/// The knowledge base shared by many municipalities on one PostgreSQL server: the same operations as a project's
/// own knowledge base, each municipality's decisions in their own rows (keyed by municipality) and readable by all.
/// </summary>
public sealed class PostgresHub : IKnowledgeBase
{
    private readonly NpgsqlDataSource _source;

    private PostgresHub(NpgsqlDataSource source, string name)
    {
        _source = source;
        Name = name;
    }

    public string Name { get; }

    /// <summary>Connects and brings the hub's schema up to date (safe when several clients start at once).</summary>
    public static PostgresHub Connect(string hub)
    {
        string connectionString;
        try
        {
            connectionString = HubConnection.Normalize(hub);
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or FormatException)
        {
            throw new HubException($"共有ハブの接続文字列が読めません: {ex.Message}", ex);
        }
        var source = NpgsqlDataSource.Create(connectionString);
        var result = new PostgresHub(source, HubConnection.Describe(connectionString));
        try
        {
            result.Migrate();
            return result;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            result.Dispose();
            throw new HubException($"共有ハブ（{result.Name}）に接続できません: {ex.Message}", ex);
        }
    }

    public IReadOnlyList<KnowledgeEntry> Load(string? municipality = null)
    {
        using var command = _source.CreateCommand(
            "SELECT municipality, entry_key, article_key, document_title, article_title, text, categories, verdict, direction, reason, reviewer, decided_at FROM tenken.kb_entries"
            + (municipality is null ? "" : " WHERE municipality = $1") + " ORDER BY municipality, entry_key");
        if (municipality is not null)
            command.Parameters.Add(new NpgsqlParameter { Value = municipality });
        using var reader = command.ExecuteReader();
        var entries = new List<KnowledgeEntry>();
        while (reader.Read())
            entries.Add(ReadEntry(reader));
        return entries;
    }

    public KnowledgeMergeResult Merge(IReadOnlyList<KnowledgeEntry> entries, string origin)
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        var tally = new KnowledgeMerge.Tally();
        foreach (var entry in KnowledgeMerge.Distinct(entries))
        {
            KnowledgeEntry? stored = null;
            using (var select = new NpgsqlCommand(
                "SELECT municipality, entry_key, article_key, document_title, article_title, text, categories, verdict, direction, reason, reviewer, decided_at FROM tenken.kb_entries WHERE municipality = $1 AND entry_key = $2 FOR UPDATE",
                connection, transaction))
            {
                select.Parameters.Add(new NpgsqlParameter { Value = entry.Municipality });
                select.Parameters.Add(new NpgsqlParameter { Value = entry.Key });
                using var reader = select.ExecuteReader();
                if (reader.Read())
                    stored = ReadEntry(reader);
            }
            if (!tally.Record(KnowledgeMerge.Decide(stored, entry)))
                continue;
            using var upsert = new NpgsqlCommand(
                """
                INSERT INTO tenken.kb_entries (municipality, entry_key, article_key, document_title, article_title, text, categories, verdict, direction, reason, reviewer, decided_at, origin)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                ON CONFLICT (municipality, entry_key) DO UPDATE SET article_key = excluded.article_key, document_title = excluded.document_title,
                    article_title = excluded.article_title, text = excluded.text, categories = excluded.categories, verdict = excluded.verdict,
                    direction = excluded.direction, reason = excluded.reason, reviewer = excluded.reviewer, decided_at = excluded.decided_at,
                    origin = excluded.origin, updated_at = now()
                """, connection, transaction);
            object[] values = [entry.Municipality, entry.Key, entry.ArticleKey, entry.DocumentTitle, entry.ArticleTitle, entry.Text,
                entry.Categories.ToArray(), entry.Verdict, entry.Direction, entry.Reason, entry.Reviewer, entry.DecidedAt.ToUniversalTime(), origin];
            foreach (var value in values)
                upsert.Parameters.Add(new NpgsqlParameter { Value = value });
            upsert.ExecuteNonQuery();
        }
        transaction.Commit();
        return tally.Result;
    }

    /// <summary>Municipalities with entries in the hub and how many each has.</summary>
    public IReadOnlyList<(string Municipality, long Entries)> Municipalities()
    {
        using var command = _source.CreateCommand("SELECT municipality, count(*) FROM tenken.kb_entries GROUP BY municipality ORDER BY municipality");
        using var reader = command.ExecuteReader();
        var list = new List<(string, long)>();
        while (reader.Read())
            list.Add((reader.GetString(0), reader.GetInt64(1)));
        return list;
    }

    public void Dispose() => _source.Dispose();

    private void Migrate()
    {
        using var connection = _source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "SELECT pg_advisory_xact_lock(7306346572)");
        Execute(connection, transaction, "CREATE SCHEMA IF NOT EXISTS tenken; CREATE TABLE IF NOT EXISTS tenken.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        using var current = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM tenken.schema_version", connection, transaction);
        var version = Convert.ToInt32(current.ExecuteScalar());
        if (version > HubSchema.Migrations.Count)
            throw new HubException($"共有ハブ（{Name}）は新しい版の tenken で作られています（スキーマ {version}）。tenken を更新してください。");
        for (var v = version; v < HubSchema.Migrations.Count; v++)
        {
            Execute(connection, transaction, HubSchema.Migrations[v]);
            Execute(connection, transaction, $"INSERT INTO tenken.schema_version (version) VALUES ({v + 1})");
        }
        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static KnowledgeEntry ReadEntry(NpgsqlDataReader r) => new()
    {
        Municipality = r.GetString(0),
        Key = r.GetString(1),
        ArticleKey = r.GetString(2),
        DocumentTitle = r.GetString(3),
        ArticleTitle = r.GetString(4),
        Text = r.GetString(5),
        Categories = r.GetFieldValue<string[]>(6),
        Verdict = r.GetString(7),
        Direction = r.GetString(8),
        Reason = r.GetString(9),
        Reviewer = r.GetString(10),
        DecidedAt = new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(11), DateTimeKind.Utc)).ToOffset(TimeSpan.Zero),
    };
}
