using Tenken.Knowledge.Packs;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Packs;

public sealed class KnowledgePackTests
{
    internal static IReadOnlyList<KnowledgeEntry> Sample(string municipality) =>
    [
        new()
        {
            Municipality = municipality, Key = "K001#3:SEAL", ArticleKey = "K001#3", DocumentTitle = "手数料条例", ArticleTitle = "第三条",
            Text = "申請者は、申請書に記名押印しなければならない。", Categories = ["SEAL"], Verdict = "該当",
            Direction = "押印を廃止し、記名又は電子署名で足りるものとする。", Reason = "申請書への押印を義務付けている。", Reviewer = "山田",
            DecidedAt = new DateTimeOffset(2026, 5, 1, 10, 30, 15, 123, TimeSpan.FromHours(9)).AddTicks(4567),
        },
        new()
        {
            Municipality = municipality, Key = "K002#1", ArticleKey = "K002#1", DocumentTitle = "設置条例", ArticleTitle = "第一条",
            Text = "この条例は、公布の日から施行する。", Verdict = "非該当", Reason = "施行期日のみ。", Reviewer = "佐藤",
            DecidedAt = new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.FromHours(9)),
        },
    ];

    private static string Dump(ProjectStore store)
    {
        using var command = store.Command("SELECT * FROM kb_entries ORDER BY municipality, entry_key");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        return string.Join("\n", rows);
    }

    public sealed class Read
    {
        [Fact]
        public void Round_trips_what_write_wrote_and_a_second_import_changes_nothing()
        {
            using var temp = new TempFolder();
            var pack = temp.File("katsuragi.json");
            using (var stream = File.Create(pack))
                KnowledgePack.Write(stream, Sample("かつらぎ町"), "かつらぎ町", "0.1.0");
            Assert.Contains("\"version\": 1", File.ReadAllText(pack));

            using var store = ProjectStore.OpenOrCreate(temp.File("other.tenken"), "墨田区");
            using var kb = new ProjectKnowledgeBase(store);
            var first = kb.Merge(KnowledgePack.Read(pack), "pack");
            var afterFirst = Dump(store);
            var second = kb.Merge(KnowledgePack.Read(pack), "pack-again");

            Assert.Equal((2, 0, 0, 0), (first.Added, first.Updated, first.Unchanged, first.KeptNewer));
            Assert.Equal((0, 0, 2, 0), (second.Added, second.Updated, second.Unchanged, second.KeptNewer));
            Assert.Equal(afterFirst, Dump(store));
            var seal = kb.Load("かつらぎ町").Single(e => e.Key == "K001#3:SEAL");
            Assert.Equal(["SEAL"], seal.Categories);
            Assert.Equal("押印を廃止し、記名又は電子署名で足りるものとする。", seal.Direction);
        }

        [Fact]
        public void Never_lets_an_older_decision_replace_a_newer_one()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "x");
            using var kb = new ProjectKnowledgeBase(store);
            var entry = Sample("甲町")[0];
            kb.Merge([entry with { Verdict = "非該当", DecidedAt = entry.DecidedAt.AddDays(1) }], "newer");
            var result = kb.Merge([entry], "older");
            Assert.Equal(1, result.KeptNewer);
            Assert.Equal("非該当", kb.Load().Single().Verdict);
        }

        [Theory]
        [InlineData("{\"format\":\"tenken-kb-pack\",\"version\":99,\"entries\":[]}", "版 99")]
        [InlineData("{\"format\":\"other\",\"version\":1,\"entries\":[]}", "知識パックではありません")]
        [InlineData("{\"format\":\"tenken-kb-pack\",\n\"version\":1,\n\"entries\":[{\"municipality\":\"a\",\"key\":\"k\",\"text\":\"t\",\"verdict\":\"保留\"}]}", "1 件目の判定「保留」")]
        [InlineData("{\"format\":\"tenken-kb-pack\",\"version\":1,\"entries\":[{\"municipality\":\"a\",\"key\":\"k\",\"verdict\":\"該当\"}]}", "\"text\" がありません")]
        [InlineData("{\"format\":\n\"tenken-kb-pack\",", ":2: JSON として読めません")]
        public void Rejects_a_bad_pack_with_a_message_naming_the_file(string json, string expected)
        {
            using var temp = new TempFolder();
            var pack = temp.File("bad.json");
            File.WriteAllText(pack, json);
            var error = Assert.Throws<KnowledgePackException>(() => KnowledgePack.Read(pack));
            Assert.Contains(pack, error.Message);
            Assert.Contains(expected, error.Message);
        }
    }
}
