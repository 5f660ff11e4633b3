using Tenken.Knowledge.Precedents;
using Tenken.Knowledge.Store;
using Tenken.Knowledge.Tests.Support;

namespace Tenken.Knowledge.Tests.Precedents;

public sealed class PrecedentIndexTests
{
    private static KnowledgeEntry Entry(string key, string text, string verdict) =>
        new() { Municipality = "甲市", Key = key, ArticleKey = key, Text = text, Verdict = verdict };

    public sealed class Search
    {
        [Fact]
        public void Ranks_the_decision_on_the_most_similar_duty_first()
        {
            var index = new PrecedentIndex(
            [
                Entry("a", "この条例において「事業者」とは、市内で事業を営む者をいう。", "非該当"),
                Entry("b", "事業者は、申請書に押印し、市長に提出しなければならない。", "該当"),
                Entry("c", "許可証は、事業所の見やすい場所に掲示しなければならない。", "該当"),
            ]);

            var hits = index.Search("申請者は、届出書に押印して町長に提出しなければならない。", 3);

            Assert.Equal("b", hits[0].Entry.Key);
            Assert.True(hits[0].Score > hits[1].Score);
        }

        [Fact]
        public void Matches_two_character_terms_and_full_width_digits()
        {
            var index = new PrecedentIndex(
            [
                Entry("seal", "押印", "該当"),
                Entry("other", "交付", "非該当"),
            ]);
            Assert.Equal("seal", index.Search("押印", 1).Single().Entry.Key);
        }

        [Fact]
        public void Leaves_out_skipped_entries_and_returns_nothing_from_an_empty_index()
        {
            var index = new PrecedentIndex([Entry("a", "書面により通知する。", "該当"), Entry("b", "書面により通知しなければならない。", "該当")]);
            Assert.Equal(["b"], index.Search("書面により通知する。", 5, e => e.Key == "a").Select(h => h.Entry.Key));
            Assert.Empty(new PrecedentIndex([]).Search("書面", 3));
        }
    }

    public sealed class Quality
    {
        [Fact]
        public void Top1_precedent_shares_the_gold_verdict_for_at_least_80_percent_of_queries()
        {
            var folder = SharedData.Folder() ?? Skip<string>("../shared/data");
            var judged = RetrievalEvaluation.Load(folder) ?? Skip<IReadOnlyList<RetrievalEvaluation.Judged>>("../shared/data/labels/dev.jsonl or ../shared/data/egov/articles.jsonl");
            var (precedents, queries) = RetrievalEvaluation.AlternateSplit(judged);

            // Through a real project file, as the scan uses it.
            using var temp = new TempFolder();
            using var store = ProjectStore.OpenOrCreate(temp.File("gold.tenken"), "dev");
            using var kb = new ProjectKnowledgeBase(store);
            kb.Merge([.. precedents.Select(RetrievalEvaluation.ToEntry)], "test");
            var agreement = RetrievalEvaluation.Top1Agreement(new PrecedentIndex(kb.Load()), queries);

            TestContext.Current.SendDiagnosticMessage($"top-1 verdict agreement {agreement:P1} over {queries.Count} queries, {precedents.Count} precedents");
            Assert.True(agreement >= 0.80, $"top-1 agreement {agreement:P1} < 80%");
        }

        private static T Skip<T>(string what)
        {
            Assert.Skip($"{what} is absent; the retrieval-quality check needs the gold judgements.");
            return default!;
        }
    }
}
