using Npgsql;

namespace Tenken.Knowledge.Tests.Hub;

/// <summary>
/// A fresh database on the PostgreSQL server named by TENKEN_PG, dropped on dispose. Without TENKEN_PG the test
/// is skipped, unless TENKEN_REQUIRE_PG=1 (set by .ci/run), where it fails.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string _admin;

    private PostgresDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static PostgresDatabase Create()
    {
        var admin = Environment.GetEnvironmentVariable("TENKEN_PG");
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (Environment.GetEnvironmentVariable("TENKEN_REQUIRE_PG") == "1")
                Assert.Fail("TENKEN_REQUIRE_PG=1 but TENKEN_PG (an Npgsql connection string) is not set.");
            Assert.Skip("TENKEN_PG is not set: no PostgreSQL server for the hub tests (.ci/run starts one).");
        }
        var name = "tenken_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new PostgresDatabase(admin, name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
