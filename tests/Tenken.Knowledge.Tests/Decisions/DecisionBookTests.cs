using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Decisions;
using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Decisions;

public sealed class DecisionBookTests
{
    private static ReviewInput Row(string id, string key, string verdict, string reviewer = "", string note = "") =>
        new(id, key, verdict, reviewer, note, "review.xlsx 点検結果!2行目", "review.xlsx 点検結果!H2");

    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(9));

    public sealed class Import
    {
        [Fact]
        public void Records_decisions_reports_unknown_ids_and_adds_knowledge_entries()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト町");
            JournalScan.Run(store, Documents.Make("A", ("1", "事業者は、その事業所に帳簿を備え付け、関係者の閲覧に供し、押印しなければならない。")));
            var book = new DecisionBook(store);

            var result = book.Import(
            [
                Row("A#1:VISIT_VIEW", "A#1", "該当", "山田", "オンライン閲覧を追加"),
                Row("A#1:SEAL", "", " 非該当 ", note: "押印は任意"),
                Row("A#9:PAPER", "A#9", "該当"),
                Row("A#1:SEAL", "A#2", "該当"),
                Row("A#1:VISIT_VIEW", "A#1", ""),
            ], "review.xlsx", "佐藤", Monday);

            Assert.Equal(2, result.Recorded);
            Assert.Equal(1, result.Blank);
            Assert.Equal(2, result.Skipped);
            Assert.Equal(["A#9:PAPER"], result.UnknownIds);
            Assert.Contains(result.Problems, p => p.Contains("条文キー"));
            var current = book.Current();
            Assert.Equal(ReviewVerdict.Applicable, current["A#1:VISIT_VIEW"].Decision.Verdict);
            Assert.Equal("山田", current["A#1:VISIT_VIEW"].Decision.Reviewer);
            Assert.Equal(ReviewVerdict.NotApplicable, current["A#1:SEAL"].Decision.Verdict);
            Assert.Equal("佐藤", current["A#1:SEAL"].Decision.Reviewer);
            Assert.Equal(Monday, current["A#1:SEAL"].Decision.DecidedAt);

            var entries = new ProjectKnowledgeBase(store).Load();
            Assert.Equal(2, entries.Count);
            var seal = entries.Single(e => e.Key == "A#1:SEAL");
            Assert.Equal(("テスト町", "非該当", "押印は任意"), (seal.Municipality, seal.Verdict, seal.Reason));
            Assert.Contains("押印しなければならない", seal.Text);
            Assert.Equal(["SEAL"], seal.Categories);
        }

        [Fact]
        public void Skips_a_bad_verdict_with_its_cell_and_leaves_an_identical_row_unchanged()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト町");
            JournalScan.Run(store, Documents.Make("A", ("1", "町長は、申請者に対し、書面で通知しなければならない。")));
            var book = new DecisionBook(store);
            book.Import([Row("A#1:PAPER", "A#1", "該当", "山田")], "r1.xlsx", "", Monday);

            var again = book.Import([Row("A#1:PAPER", "A#1", "該当", "山田"), Row("A#1:PAPER", "A#1", "保留")], "r2.xlsx", "", Monday.AddDays(1));

            Assert.Equal(0, again.Recorded);
            Assert.Equal(1, again.Unchanged);
            Assert.Contains(again.Problems, p => p.Contains("H2") && p.Contains("保留"));
            Assert.Equal(1L, store.Scalar("SELECT count(*) FROM decisions"));
        }

        [Fact]
        public void Keeps_a_decision_on_a_changed_article_and_flags_it_until_a_reviewer_decides_again()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト町");
            JournalScan.Run(store, Documents.Make("A", ("1", "町長は、申請者に対し、書面で通知しなければならない。")));
            var book = new DecisionBook(store);
            book.Import([Row("A#1:PAPER", "A#1", "該当", "山田")], "r1.xlsx", "", Monday);

            JournalScan.Run(store, Documents.Make("A", ("1", "町長は、申請者に対し、速やかに書面で通知しなければならない。")));
            var hash = (string)store.Scalar("SELECT text_hash FROM articles WHERE key = 'A#1'")!;
            var carried = book.Current()["A#1:PAPER"].For(hash);
            Assert.True(carried.Conflict);
            Assert.Equal(ReviewVerdict.Applicable, carried.Verdict);

            var same = book.Import([Row("A#1:PAPER", "A#1", "該当", "山田")], "r2.xlsx", "", Monday.AddDays(1));
            Assert.Equal(1, same.Conflicts);
            Assert.True(book.Current()["A#1:PAPER"].For(hash).Conflict);

            var redecided = book.Import([Row("A#1:PAPER", "A#1", "非該当", "山田", "通知は電子メールでも可とする")], "r3.xlsx", "", Monday.AddDays(2));
            Assert.Equal(0, redecided.Conflicts);
            var now = book.Current()["A#1:PAPER"].For(hash);
            Assert.False(now.Conflict);
            Assert.Equal(ReviewVerdict.NotApplicable, now.Verdict);
            Assert.Equal(2L, store.Scalar("SELECT count(*) FROM decisions"));
        }
    }
}
