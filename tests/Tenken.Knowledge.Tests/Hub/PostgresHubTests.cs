using Npgsql;
using Tenken.Knowledge.Hub;
using Tenken.Knowledge.Packs;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Tests.Packs;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Hub;

public sealed class PostgresHubTests
{
    public sealed class Merge
    {
        [Fact]
        public void Keeps_each_municipality_apart_and_lets_every_one_read_all()
        {
            using var database = PostgresDatabase.Create();
            using (var katsuragi = PostgresHub.Connect(database.ConnectionString))
                Assert.Equal(2, katsuragi.Merge(KnowledgePackTests.Sample("かつらぎ町"), "pack:a").Added);
            using var sumida = PostgresHub.Connect(database.ConnectionString);
            var result = sumida.Merge(
                [.. KnowledgePackTests.Sample("墨田区").Select(e => e with { Verdict = e.Verdict == "該当" ? "要検討" : e.Verdict })],
                "pack:b");

            Assert.Equal(2, result.Added);
            Assert.Equal(4, sumida.Load().Count);
            Assert.All(sumida.Load("かつらぎ町"), e => Assert.Equal("かつらぎ町", e.Municipality));
            Assert.Equal("該当", sumida.Load("かつらぎ町").Single(e => e.Key == "K001#3:SEAL").Verdict);
            Assert.Equal("要検討", sumida.Load("墨田区").Single(e => e.Key == "K001#3:SEAL").Verdict);
            Assert.Equal([("かつらぎ町", 2L), ("墨田区", 2L)], sumida.Municipalities());

            var hits = new PrecedentIndex(sumida.Load()).Search("届出者は、届出書に記名押印しなければならない。", 2);
            Assert.All(hits, h => Assert.Equal("K001#3:SEAL", h.Entry.Key));
            Assert.Equal(["かつらぎ町", "墨田区"], hits.Select(h => h.Entry.Municipality).Order());
        }

        [Fact]
        public void Importing_the_same_pack_twice_changes_nothing()
        {
            using var database = PostgresDatabase.Create();
            using var temp = new TempFolder();
            var pack = temp.File("pack.json");
            using (var stream = File.Create(pack))
                KnowledgePack.Write(stream, KnowledgePackTests.Sample("かつらぎ町"), "かつらぎ町", "0.1.0");
            using var hub = PostgresHub.Connect(database.ConnectionString);

            hub.Merge(KnowledgePack.Read(pack), "pack");
            var before = Dump(database.ConnectionString);
            var second = hub.Merge(KnowledgePack.Read(pack), "pack");

            Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
            Assert.Equal(before, Dump(database.ConnectionString));
            Assert.Equal(KnowledgePackTests.Sample("かつらぎ町")[0].DecidedAt.ToUnixTimeMilliseconds(), hub.Load().Single(e => e.Key == "K001#3:SEAL").DecidedAt.ToUnixTimeMilliseconds());
        }
    }

    public sealed class Connect
    {
        [Fact]
        public void Migrates_once_and_accepts_a_postgres_url()
        {
            using var database = PostgresDatabase.Create();
            var b = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            var url = $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password ?? "")}@{b.Host}:{b.Port}/{b.Database}";
            PostgresHub.Connect(url).Dispose();
            PostgresHub.Connect(database.ConnectionString).Dispose();
            using var connection = new NpgsqlConnection(database.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT count(*) FROM tenken.schema_version", connection);
            Assert.Equal(1L, command.ExecuteScalar());
        }

        [Fact]
        public void Reports_an_unreachable_hub_in_japanese_without_the_password()
        {
            var error = Assert.Throws<HubException>(() => PostgresHub.Connect("Host=127.0.0.1;Port=1;Username=u;Password=secret-pw;Database=d;Timeout=2"));
            Assert.Contains("接続できません", error.Message);
            Assert.DoesNotContain("secret-pw", error.Message);
        }
    }

    public sealed class Normalize
    {
        [Fact]
        public void Turns_a_url_into_an_npgsql_connection_string()
        {
            var cs = new NpgsqlConnectionStringBuilder(HubConnection.Normalize("postgresql://hub%40x:p%3Aw@db.example:6543/kb?sslmode=disable"));
            Assert.Equal(("db.example", 6543, "kb", "hub@x", "p:w", SslMode.Disable), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password, cs.SslMode));
        }
    }

    private static string Dump(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT * FROM tenken.kb_entries ORDER BY municipality, entry_key", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is string[] a ? string.Join(",", a) : reader.GetValue(i).ToString())));
        return string.Join("\n", rows);
    }
}
