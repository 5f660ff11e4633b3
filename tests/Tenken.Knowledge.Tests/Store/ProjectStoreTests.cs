using Microsoft.Data.Sqlite;
using Tenken.Knowledge.Store;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Store;

public sealed class ProjectStoreTests
{
    public sealed class OpenOrCreate
    {
        [Fact]
        public void Migrates_an_empty_file_to_the_current_schema_in_wal_mode()
        {
            using var temp = new TempFolder();
            var path = temp.File("empty.tenken");
            File.WriteAllBytes(path, []);

            using (var store = ProjectStore.OpenOrCreate(path, "かつらぎ町"))
            {
                Assert.Equal(ProjectStore.CurrentSchemaVersion, store.SchemaVersion);
                Assert.Equal("かつらぎ町", store.Municipality);
                Assert.Equal("wal", store.Scalar("PRAGMA journal_mode") as string);
                foreach (var table in (string[])["runs", "sources", "documents", "articles", "findings", "model_answers", "decisions", "kb_entries"])
                    Assert.Equal(1L, store.Scalar($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'"));
            }
            using (var again = ProjectStore.Open(path))
            {
                Assert.Equal(ProjectStore.CurrentSchemaVersion, again.SchemaVersion);
                Assert.Equal("かつらぎ町", again.Municipality);
            }
        }

        [Fact]
        public void Names_the_project_after_the_file_when_no_municipality_is_given()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("墨田区.tenken"), null);
            Assert.Equal("墨田区", store.Municipality);
        }

        [Fact]
        public void Refuses_a_newer_schema_with_a_japanese_message()
        {
            using var temp = new TempFolder();
            var path = temp.File("future.tenken");
            using (var store = ProjectStore.OpenOrCreate(path, "x"))
                store.Execute($"PRAGMA user_version = {ProjectStore.CurrentSchemaVersion + 5}");
            var error = Assert.Throws<ProjectStoreException>(() => ProjectStore.Open(path));
            Assert.Contains("新しい版", error.Message);
        }

        [Fact]
        public void Refuses_another_sqlite_database()
        {
            using var temp = new TempFolder();
            var path = temp.File("other.db");
            using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                other.Open();
                using var command = other.CreateCommand();
                command.CommandText = "CREATE TABLE customers (id INTEGER)";
                command.ExecuteNonQuery();
            }
            var error = Assert.Throws<ProjectStoreException>(() => ProjectStore.Open(path));
            Assert.Contains("Tenken のプロジェクトファイルではありません", error.Message);
        }

        [Fact]
        public void Refuses_a_file_that_is_not_sqlite()
        {
            using var temp = new TempFolder();
            var path = temp.File("text.tenken");
            File.WriteAllText(path, "これは SQLite ではありません。これは SQLite ではありません。これは SQLite ではありません。");
            var error = Assert.Throws<ProjectStoreException>(() => ProjectStore.Open(path));
            Assert.Contains(path, error.Message);
        }
    }

    public sealed class Create
    {
        [Fact]
        public void Refuses_to_overwrite_an_existing_project()
        {
            using var temp = new TempFolder();
            var path = temp.File("p.tenken");
            ProjectStore.Create(path, "a").Dispose();
            Assert.Throws<ProjectStoreException>(() => ProjectStore.Create(path, "b"));
        }
    }
}
