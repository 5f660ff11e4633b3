using Microsoft.Data.Sqlite;

namespace Tenken.Ai.Caching;

/// <summary>
/// Validated answers in a SQLite file, so a rerun costs nothing for unchanged articles. Only answers that passed
/// validation are stored; a failure is never cached. Thread-safe (one connection, serialised).
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();

    private ResponseCache(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>Opens or creates the cache file; throws <see cref="SqliteException"/> or IOException when it cannot.</summary>
    public static ResponseCache Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS answers (
                    key TEXT PRIMARY KEY,
                    model TEXT NOT NULL,
                    prompt_version TEXT NOT NULL,
                    text_hash TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    input_tokens INTEGER NOT NULL,
                    output_tokens INTEGER NOT NULL,
                    created_at TEXT NOT NULL
                );
                """;
            command.ExecuteNonQuery();
        }
        return new ResponseCache(connection) { Path = path };
    }

    public CachedAnswer? Get(string key)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT answer, input_tokens, output_tokens FROM answers WHERE key = $key";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read() ? new CachedAnswer(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
        }
    }

    public void Put(string key, string model, string promptVersion, string textHash, CachedAnswer answer)
    {
        lock (_lock)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO answers (key, model, prompt_version, text_hash, answer, input_tokens, output_tokens, created_at)
                VALUES ($key, $model, $version, $hash, $answer, $in, $out, $at)
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$model", model);
            command.Parameters.AddWithValue("$version", promptVersion);
            command.Parameters.AddWithValue("$hash", textHash);
            command.Parameters.AddWithValue("$answer", answer.Answer);
            command.Parameters.AddWithValue("$in", answer.InputTokens);
            command.Parameters.AddWithValue("$out", answer.OutputTokens);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            command.ExecuteNonQuery();
        }
    }

    public long Count
    {
        get
        {
            lock (_lock)
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM answers";
                return (long)command.ExecuteScalar()!;
            }
        }
    }

    public void Dispose() => _connection.Dispose();
}

/// <summary>A stored answer and what it cost when it was first obtained.</summary>
public sealed record CachedAnswer(string Answer, long InputTokens, long OutputTokens);
