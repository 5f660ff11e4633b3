using Microsoft.Data.Sqlite;

namespace Tenken.Cli.Tests.Project;

/// <summary>Reads a project file directly with SQLite, read-only, for comparing stores.</summary>
internal static class StoreDump
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Every row of the query as one line of tab-separated values, in the query's order.</summary>
    public static List<string> Rows(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("\t", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is byte[] b ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(b)) : reader.GetValue(i).ToString())));
        return rows;
    }

    public static long Count(string path, string sql) => long.Parse(Rows(path, sql).Single());

    /// <summary>The scan's results as stored, without run ids: what an interrupted-and-resumed run must reproduce.</summary>
    public static Dictionary<string, List<string>> Results(string path) => new()
    {
        ["articles"] = Rows(path, "SELECT key, document_id, title, caption, text, text_hash, analysis_version, extra, categories, baseline_hash, baseline_categories FROM articles ORDER BY key"),
        ["findings"] = Rows(path, "SELECT id, article_key, category, confidence, body FROM findings ORDER BY id"),
        ["documents"] = Rows(path, "SELECT id, source_path, position, title, kind, number, format, content_hash, analysis_version, snapshot, results FROM documents ORDER BY id"),
        ["sources"] = Rows(path, "SELECT path, content_hash, read_version FROM sources ORDER BY path"),
    };
}
