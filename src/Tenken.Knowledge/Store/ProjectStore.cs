using Microsoft.Data.Sqlite;

namespace Tenken.Knowledge.Store;

/// <summary>
/// One review project in one SQLite file (WAL mode): documents, articles, findings, model answers, reviewer
/// decisions, run history and the knowledge base. Opening migrates the schema to the current version.
/// Not thread-safe: one store per thread.
/// </summary>
public sealed class ProjectStore : IDisposable
{
    private const string FormatName = "tenken-project";

    private ProjectStore(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public string Path { get; }

    /// <summary>The municipality (or project) name that labels this project's decisions in the knowledge base.</summary>
    public string Municipality => GetSetting("municipality") ?? "";

    public static int CurrentSchemaVersion => Migrations.All.Count;

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"));

    internal SqliteConnection Connection { get; }

    /// <summary>Creates a new project file; fails when the file already holds a project.</summary>
    public static ProjectStore Create(string path, string municipality)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
            throw new ProjectStoreException($"プロジェクトファイル「{path}」は既にあります。別の名前を指定してください。");
        return OpenOrCreate(path, municipality);
    }

    /// <summary>Opens an existing project file; fails with a Japanese message when it is missing or not a project.</summary>
    public static ProjectStore Open(string path)
    {
        if (!File.Exists(path))
            throw new ProjectStoreException($"プロジェクトファイル「{path}」が見つかりません。tenken init で作成してください。");
        return OpenOrCreate(path, null);
    }

    /// <summary>Opens the project, creating the file (named after <paramref name="municipality"/> or the file) when absent.</summary>
    public static ProjectStore OpenOrCreate(string path, string? municipality)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null)
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        var store = new ProjectStore(path, connection);
        try
        {
            connection.Open();
            store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;");
            store.Migrate();
            if (store.GetSetting("municipality") is null)
            {
                store.SetSetting("format", FormatName);
                store.SetSetting("municipality", string.IsNullOrWhiteSpace(municipality) ? System.IO.Path.GetFileNameWithoutExtension(path) : municipality.Trim());
                store.SetSetting("created_at", Timestamps.Now());
            }
            return store;
        }
        catch (SqliteException ex)
        {
            store.Dispose();
            throw new ProjectStoreException($"プロジェクトファイル「{path}」を開けません（SQLite のファイルではないか、壊れています）: {ex.Message}", ex);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public string? GetSetting(string key)
    {
        using var command = Command("SELECT value FROM project WHERE key = $key");
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public void SetSetting(string key, string value)
    {
        using var command = Command("INSERT INTO project (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();

    internal SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }

    private void Migrate()
    {
        var version = SchemaVersion;
        if (version > Migrations.All.Count)
            throw new ProjectStoreException($"プロジェクトファイル「{Path}」は新しい版の tenken で作られています（スキーマ {version}、この版は {Migrations.All.Count} まで）。tenken を更新してください。");
        if (version == 0 && Convert.ToInt64(Scalar("SELECT count(*) FROM sqlite_master")) > 0)
            throw new ProjectStoreException($"「{Path}」は Tenken のプロジェクトファイルではありません（別の SQLite データベースです）。");
        for (var v = version; v < Migrations.All.Count; v++)
        {
            using var transaction = Connection.BeginTransaction();
            Execute(Migrations.All[v], transaction);
            Execute($"PRAGMA user_version = {v + 1}", transaction);
            transaction.Commit();
        }
    }
}
