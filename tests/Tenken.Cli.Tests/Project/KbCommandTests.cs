using System.Text.Json;
using Npgsql;

namespace Tenken.Cli.Tests.Project;

/// <summary>kb export / import / search between two municipalities' projects, and against the PostgreSQL hub.</summary>
public sealed class KbCommandTests
{
    /// <summary>A かつらぎ町 project over the samples with two decisions recorded; returns the project and the decided ids.</summary>
    private static async Task<(string Dir, string Project, List<string> Decided)> DecidedProject()
    {
        var dir = Support.Tenken.TempFolder();
        var project = Path.Combine(dir, "katsuragi.tenken");
        var workbook = Path.Combine(dir, "review.xlsx");
        var scan = await Support.Tenken.RunAsync("scan", "-q", "--project", project, "--municipality", "かつらぎ町", "samples/egov", "-o", workbook);
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        List<string> decided;
        using (var editor = new WorkbookEditor(workbook))
        {
            decided = editor.Ids().Take(2).ToList();
            editor.Set(decided[0], "判定", "該当");
            editor.Set(decided[0], "備考", "オンライン申請を認める");
            editor.Set(decided[1], "判定", "非該当");
        }
        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project, "--reviewer", "山田");
        Assert.True(import.ExitCode == 0, import.Stderr);
        return (dir, project, decided);
    }

    [Fact]
    public async Task A_pack_moves_decisions_to_another_project_twice_without_change_and_becomes_precedents()
    {
        var (dir, source, decided) = await DecidedProject();
        var pack = Path.Combine(dir, "katsuragi-pack.json");
        var export = await Support.Tenken.RunAsync("kb", "export", pack, "--project", source);
        Assert.True(export.ExitCode == 0, export.Stderr);
        using (var json = JsonDocument.Parse(await File.ReadAllBytesAsync(pack, TestContext.Current.CancellationToken)))
        {
            Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
            Assert.Equal(decided.Order(StringComparer.Ordinal), json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("key").GetString()!));
        }

        var target = Path.Combine(dir, "sumida.tenken");
        Assert.Equal(0, (await Support.Tenken.RunAsync("init", target, "--municipality", "墨田区")).ExitCode);
        var first = await Support.Tenken.RunAsync("kb", "import", pack, "--project", target);
        Assert.Contains("追加 2 件", first.Stderr);
        var before = StoreDump.Rows(target, "SELECT * FROM kb_entries ORDER BY municipality, entry_key");
        var second = await Support.Tenken.RunAsync("kb", "import", pack, "--project", target);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("追加 0 件、更新 0 件、変更なし 2 件", second.Stderr);
        Assert.Equal(before, StoreDump.Rows(target, "SELECT * FROM kb_entries ORDER BY municipality, entry_key"));

        var text = StoreDump.Rows(source, $"SELECT text FROM kb_entries WHERE entry_key = '{decided[0]}'").Single();
        var search = await Support.Tenken.RunAsync("kb", "search", text, "--project", target, "--top", "1");
        Assert.True(search.ExitCode == 0, search.Stderr);
        Assert.Contains("1. [該当] かつらぎ町", search.Stdout);
        Assert.Contains("オンライン申請を認める", search.Stdout);

        var json2 = Path.Combine(dir, "sumida.json");
        var scan = await Support.Tenken.RunAsync("scan", "-q", "--project", target, "samples/egov", "-o", json2);
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(json2, TestContext.Current.CancellationToken));
        var finding = report.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("id").GetString() == decided[0]);
        var top = finding.GetProperty("precedents")[0];
        Assert.Equal(("かつらぎ町", "該当"), (top.GetProperty("municipality").GetString(), top.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task The_hub_keeps_each_municipality_apart_and_a_second_import_changes_nothing()
    {
        var admin = Environment.GetEnvironmentVariable("TENKEN_PG");
        if (string.IsNullOrWhiteSpace(admin))
        {
            if (Environment.GetEnvironmentVariable("TENKEN_REQUIRE_PG") == "1")
                Assert.Fail("TENKEN_REQUIRE_PG=1 but TENKEN_PG is not set.");
            Assert.Skip("TENKEN_PG is not set: no PostgreSQL server for the hub test (.ci/run starts one).");
        }
        var database = "tenken_cli_" + Guid.NewGuid().ToString("N")[..16];
        await Execute(admin, $"CREATE DATABASE {database}");
        try
        {
            var hub = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
            var (dir, source, decided) = await DecidedProject();
            var pack = Path.Combine(dir, "pack.json");
            Assert.Equal(0, (await Support.Tenken.RunAsync("kb", "export", pack, "--project", source)).ExitCode);

            var first = await Support.Tenken.RunAsync("kb", "import", pack, "--hub", hub);
            Assert.True(first.ExitCode == 0, first.Stderr);
            Assert.Contains("追加 2 件", first.Stderr);
            var second = await Support.Tenken.RunAsync("kb", "import", pack, "--hub", hub);
            Assert.Contains("追加 0 件、更新 0 件、変更なし 2 件", second.Stderr);

            var other = pack.Replace("pack.json", "other.json", StringComparison.Ordinal);
            await File.WriteAllTextAsync(other, (await File.ReadAllTextAsync(pack, TestContext.Current.CancellationToken)).Replace("\"かつらぎ町\"", "\"墨田区\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            Assert.Contains("追加 2 件", (await Support.Tenken.RunAsync("kb", "import", other, "--hub", hub)).Stderr);

            var exported = Path.Combine(dir, "hub-katsuragi.json");
            Assert.Equal(0, (await Support.Tenken.RunAsync("kb", "export", exported, "--hub", hub, "--municipality", "かつらぎ町")).ExitCode);
            using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(exported, TestContext.Current.CancellationToken));
            Assert.All(json.RootElement.GetProperty("entries").EnumerateArray(), e => Assert.Equal("かつらぎ町", e.GetProperty("municipality").GetString()));
            Assert.Equal(2, json.RootElement.GetProperty("entries").GetArrayLength());

            var text = StoreDump.Rows(source, $"SELECT text FROM kb_entries WHERE entry_key = '{decided[0]}'").Single();
            var search = await Support.Tenken.RunAsync("kb", "search", text, "--hub", hub, "--top", "2");
            Assert.True(search.ExitCode == 0, search.Stderr);
            Assert.Contains("かつらぎ町", search.Stdout);
            Assert.Contains("墨田区", search.Stdout);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Execute(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
