using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;
using Tenken.Knowledge.Scans;
using Tenken.Knowledge.Store;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Scans;

public sealed class ScanJournalTests
{
    public sealed class Finish
    {
        [Fact]
        public void Reports_new_changed_and_removed_articles_against_the_last_completed_run()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト町");
            var first = JournalScan.Run(store, Documents.Make("A",
                ("1", "町長は、申請者に対し、書面で通知しなければならない。"),
                ("2", "申請者は、申請書に記名押印し、町長に提出しなければならない。"),
                ("3", "この条例は、公布の日から施行する。")));
            Assert.True(first.Changes.FirstRun);
            Assert.Empty(first.Changes.Entries);
            Assert.Equal(3, first.Screened);

            var second = JournalScan.Run(store, Documents.Make("A",
                ("1", "町長は、申請者に対し、書面で通知しなければならない。"),
                ("2", "申請者は、申請書に記名押印し、又は電子署名を行い、町長に提出しなければならない。"),
                ("4", "許可証は、見やすい場所に掲示しなければならない。")));

            Assert.False(second.Changes.FirstRun);
            Assert.Equal(2, second.Screened);
            Assert.Equal(1, second.Reused);
            Assert.Equal(["A#4"], second.Changes.Entries.Where(e => e.Kind == ChangeKind.Added).Select(e => e.ArticleKey));
            var changed = Assert.Single(second.Changes.Entries, e => e.Kind == ChangeKind.Changed);
            Assert.Equal("A#2", changed.ArticleKey);
            Assert.Contains("押印規制", changed.Summary);
            Assert.Equal(["A#3"], second.Changes.Entries.Where(e => e.Kind == ChangeKind.Removed).Select(e => e.ArticleKey));
            Assert.Equal(0L, store.Scalar("SELECT count(*) FROM articles WHERE key = 'A#3'"));

            var third = JournalScan.Run(store, Documents.Make("A",
                ("1", "町長は、申請者に対し、書面で通知しなければならない。"),
                ("2", "申請者は、申請書に記名押印し、又は電子署名を行い、町長に提出しなければならない。"),
                ("4", "許可証は、見やすい場所に掲示しなければならない。")));
            Assert.Empty(third.Changes.Entries);
            Assert.Equal(0, third.Screened);
            Assert.Equal(3, third.Reused);
        }

        [Fact]
        public void Recalled_results_equal_freshly_screened_ones()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト町");
            var document = Documents.Make("B", ("1", "事業者は、帳簿を事務所に備え付け、閲覧に供し、立入検査を受け、押印した書面を出頭して提出しなければならない。"), ("2", "許可証は、見やすい場所に掲示しなければならない。"));
            var first = JournalScan.Run(store, document);
            var second = JournalScan.Run(store, document);
            Assert.Equal(2, second.Reused);
            var expected = first.Results.SelectMany(r => r.Item2.Findings).Select(StoreJson.Finding).ToList();
            var actual = second.Results.SelectMany(r => r.Item2.Findings).Select(StoreJson.Finding);
            Assert.Equal(expected, actual);
            Assert.True(expected.Count >= 3, $"only {expected.Count} findings: the check needs several");
        }
    }

    public sealed class Begin
    {
        [Fact]
        public void Marks_an_unfinished_run_interrupted_and_resumes_its_committed_work()
        {
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("p.tenken"), "テスト町");
            var document = Documents.Make("C", ("1", "書面により申請しなければならない。"), ("2", "押印しなければならない。"));
            var journal = ScanJournal.Begin(store, JournalScan.Fingerprint, ["test"], "0.0.0");
            var article = document.Articles[0];
            journal.Record(article, JournalScan.Screener.Screen(article, document));
            journal.Flush();

            var (_, _, screened, reused) = JournalScan.Run(store, document);

            Assert.Equal(1, screened);
            Assert.Equal(1, reused);
            Assert.Equal("interrupted", store.Scalar("SELECT status FROM runs WHERE id = 1"));
            Assert.Equal("completed", store.Scalar("SELECT status FROM runs WHERE id = 2"));
        }
    }
}
