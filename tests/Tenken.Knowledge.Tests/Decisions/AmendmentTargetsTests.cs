using Microsoft.Data.Sqlite;
using Tenken.Knowledge.Decisions;
using Tenken.Knowledge.Store;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Decisions;

/// <summary>Which findings <c>tenken draft --project</c> drafts, read from a real SQLite project file.</summary>
public sealed class AmendmentTargetsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private static ReviewInput Row(string id, string verdict) => new(id, "", verdict, "", "", "review.xlsx 2行目", "review.xlsx H2");

    public sealed class Load
    {
        [Fact]
        public void Takes_the_findings_whose_latest_verdict_is_applicable_when_no_action_is_recorded()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト区");
            JournalScan.Run(store, Documents.Make("A", ("1", "区長は、書面により通知し、申請者は押印しなければならない。")));
            var book = new DecisionBook(store);
            book.Import([Row("A#1:PAPER", "該当"), Row("A#1:SEAL", "該当")], "review.xlsx", "佐藤", Monday);
            book.Import([Row("A#1:SEAL", "非該当")], "review2.xlsx", "佐藤", Monday.AddDays(1));

            var targets = AmendmentTargets.Load(store);
            Assert.False(targets.ActionRecorded);
            Assert.Equal(["A#1:PAPER"], targets.FindingIds);
            Assert.Equal(1, targets.Applicable);
        }

        [Fact]
        public void Takes_only_the_action_例規改正_when_the_project_records_an_action()
        {
            using var temp = new TempFolder();
            var path = temp.File("p.tenken");
            using (var store = ProjectStore.OpenOrCreate(path, "テスト区"))
            {
                JournalScan.Run(store, Documents.Make("A", ("1", "区長は、書面により通知し、申請者は押印し、事務所に出頭しなければならない。")));
                new DecisionBook(store).Import([Row("A#1:PAPER", "該当"), Row("A#1:SEAL", "該当"), Row("A#1:IN_PERSON", "該当")], "review.xlsx", "佐藤", Monday);
            }
            // The review import of a later schema records 対応 in decisions.action; a later row with a blank 対応 keeps the earlier one.
            using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = """
                    ALTER TABLE decisions ADD COLUMN action TEXT NOT NULL DEFAULT '';
                    UPDATE decisions SET action = '例規改正' WHERE finding_id IN ('A#1:PAPER', 'A#1:SEAL');
                    UPDATE decisions SET action = '運用変更' WHERE finding_id = 'A#1:IN_PERSON';
                    INSERT INTO decisions (finding_id, article_key, verdict, reviewer, note, decided_at, text_hash, source, action)
                        SELECT finding_id, article_key, verdict, reviewer, '追記', decided_at, text_hash, source, '' FROM decisions WHERE finding_id = 'A#1:PAPER';
                    """;
                command.ExecuteNonQuery();
            }
            using var reopened = ProjectStore.Open(path);
            var targets = AmendmentTargets.Load(reopened);
            Assert.True(targets.ActionRecorded);
            Assert.Equal(["A#1:PAPER", "A#1:SEAL"], targets.FindingIds.Order(StringComparer.Ordinal));
            Assert.Equal(3, targets.Applicable);
            Assert.Equal(1, targets.OtherAction);
        }
    }
}
