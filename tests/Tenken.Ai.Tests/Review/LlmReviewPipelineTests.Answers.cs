using System.Diagnostics;
using Tenken.Ai.Prompting;
using Tenken.Ai.Tests.Fakes;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Tests.Review;

public sealed partial class LlmReviewPipelineTests
{
    public sealed partial class ReviewAsync
    {
        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_correct_answer_confirms_and_enriches_each_finding_in_one_call(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            var call = Assert.Single(server.Calls);
            Assert.Equal(["PAPER", "SEAL"], call.CandidateCodes);
            var findings = result.Report.Findings().ToList();
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f =>
            {
                Assert.Equal(AiReviewStatus.Confirmed, f.Ai!.Status);
                Assert.True(f.IsActive);
                Assert.Equal("PHASE1", f.Ai.PhaseCurrent);
                Assert.Equal("PHASE3", f.Ai.PhaseTarget);
                Assert.Equal("電磁的方法による提出を認める", f.Direction);
                Assert.Equal("デジタル手段を使えない人への配慮", f.Concerns);
                Assert.Equal("test-model", f.Ai.Model);
            });
            Assert.Equal(["書面により"], findings.Single(f => f.Category == RegulationCategory.Paper).Ai!.Quotes);
            Assert.Equal(1, result.Cost.Calls);
            Assert.Equal(1200, result.Cost.InputTokens + result.Cost.OutputTokens);
        }

        [Fact]
        public async Task The_openai_request_names_the_model_and_asks_for_the_verdict_schema()
        {
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));

            await TestRun.ReviewAsync(TestRun.Settings(server, "openai"), TestReports.Paper());

            var json = Assert.Single(server.Calls).Json;
            Assert.Equal("/v1/chat/completions", server.Calls.Single().Path);
            Assert.Equal("test-model", json["model"]!.GetValue<string>());
            Assert.Equal("json_schema", json["response_format"]!["type"]!.GetValue<string>());
            Assert.Equal(ResponseSchema.Name, json["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_non_applicable_answer_demotes_but_keeps_the_finding_with_the_reason(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call, "非該当")));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            var findings = result.Report.Findings().ToList();
            Assert.Equal(2, findings.Count);
            Assert.All(findings, f =>
            {
                Assert.Equal(AiReviewStatus.Demoted, f.Ai!.Status);
                Assert.False(f.IsActive);
                Assert.Equal("定義規定であり義務を課していない", f.Ai.Reason);
            });
            Assert.False(result.Report.Articles.Single().Analog);
            Assert.Equal(2, result.Cost.Demoted);
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task Malformed_json_is_repaired_by_one_more_call(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(call => call.IsRepair
                ? ModelReply.Text("```json\n" + FakeModel.Answer(call) + "\n```")
                : ModelReply.Text("{\"categories\": [{\"code\": \"PAPER\", \"verdict\": \"該当\""));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            Assert.Equal(2, server.Calls.Count);
            Assert.True(server.Calls.Last().IsRepair);
            Assert.Contains("前回の回答は受け付けられませんでした", server.Calls.Last().Conversation, StringComparison.Ordinal);
            Assert.All(result.Report.Findings(), f => Assert.Equal(AiReviewStatus.Confirmed, f.Ai!.Status));
            Assert.Equal(1, result.Cost.Repairs);
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task Json_still_malformed_after_the_repair_leaves_the_rule_result_marked_no_answer(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(_ => ModelReply.Text("該当です。"));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            Assert.Equal(2, server.Calls.Count);
            Assert.All(result.Report.Findings(), f =>
            {
                Assert.Equal(AiReviewStatus.NoAnswer, f.Ai!.Status);
                Assert.StartsWith("JSON が不正", f.Ai.Failure, StringComparison.Ordinal);
                Assert.True(f.IsActive);
            });
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_fabricated_quote_is_rejected(string protocol)
        {
            const string invented = "電子メールで提出しなければならない";
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call, quoteFor: _ => invented)));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            Assert.Equal(2, server.Calls.Count);
            Assert.All(result.Report.Findings(), f =>
            {
                Assert.Equal(AiReviewStatus.NoAnswer, f.Ai!.Status);
                Assert.Contains($"引用「{invented}", f.Ai.Failure, StringComparison.Ordinal);
                Assert.DoesNotContain(invented, f.Ai.Quotes);
                Assert.True(f.IsActive);
            });
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_fabricated_quote_corrected_on_repair_is_accepted_with_the_real_quote_only(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(call => call.IsRepair
                ? ModelReply.Text(FakeModel.Answer(call))
                : ModelReply.Text(FakeModel.Answer(call, quoteFor: _ => "押印を要しない")));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            Assert.Contains("押印を要しない", server.Calls.Last().Conversation, StringComparison.Ordinal);
            var seal = result.Report.Findings().Single(f => f.Category == RegulationCategory.Seal);
            Assert.Equal(AiReviewStatus.Confirmed, seal.Ai!.Status);
            Assert.Equal(["記名押印"], seal.Ai.Quotes);
        }

        [Fact]
        public async Task Precedents_from_the_knowledge_base_go_into_the_prompt()
        {
            var report = TestReports.Paper();
            var article = report.Documents[0].Articles[0];
            var precedent = new Precedent("かつらぎ町", "k#3", "補助金交付規則第三条", "該当", "PAPER", "申請書の書面提出を義務付け", 0.91);
            article = article with { Findings = [.. article.Findings.Select(f => f with { Precedents = [precedent] })] };
            report = TestReports.Report(article);
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));

            await TestRun.ReviewAsync(TestRun.Settings(server, "openai"), report);

            var precedents = Assert.Single(server.Calls).Request["precedents"]!.AsArray();
            var shown = Assert.Single(precedents);
            Assert.Equal("補助金交付規則第三条", shown!["title"]!.GetValue<string>());
            Assert.Equal("申請書の書面提出を義務付け", shown["reason"]!.GetValue<string>());
        }

        [Fact]
        public async Task Articles_with_the_same_text_and_candidates_share_one_call()
        {
            var report = TestReports.Report(
                TestReports.Article("1", TestReports.PaperArticle, (RegulationCategory.Paper, "書面により")),
                TestReports.Article("2", TestReports.PaperArticle, (RegulationCategory.Paper, "書面により")),
                TestReports.Article("3", TestReports.PaperArticle, (RegulationCategory.Seal, "記名押印")));
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, "openai") with { Concurrency = 3 }, report);

            Assert.Equal(2, server.Calls.Count);
            Assert.Equal(1, result.Cost.SharedAnswers);
            Assert.Equal(["test-doc#1:PAPER", "test-doc#2:PAPER", "test-doc#3:SEAL"], result.Report.Findings().Select(f => f.Id));
            Assert.All(result.Report.Findings(), f => Assert.Equal(AiReviewStatus.Confirmed, f.Ai!.Status));
        }

        [Fact]
        public async Task Concurrency_is_bounded()
        {
            var report = TestReports.Report([.. Enumerable.Range(1, 6).Select(i =>
                TestReports.Article(i.ToString(), TestReports.PaperArticle + $"（第{i}版）", (RegulationCategory.Paper, "書面により")))]);
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)) with { Delay = TimeSpan.FromMilliseconds(200) });
            var clock = Stopwatch.StartNew();

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, "openai") with { Concurrency = 2 }, report);

            Assert.Equal(6, server.Calls.Count);
            Assert.Equal(2, server.MaxInFlight);
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(550), $"took {clock.Elapsed}");
            Assert.All(result.Report.Findings(), f => Assert.Equal(AiReviewStatus.Confirmed, f.Ai!.Status));
        }

        [Fact]
        public async Task With_recall_a_weak_cue_article_is_sent_and_an_applicable_answer_adds_a_finding()
        {
            const string text = "第五条の規定に違反して書面を提出しなかった者は、十万円以下の過料に処する。";
            var report = TestReports.Report(
                TestReports.WeakCue("9", text, RegulationCategory.Paper, "書面"),
                TestReports.Article("10", "市長は、規則を定める。"));
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));

            var without = await TestRun.ReviewAsync(TestRun.Settings(server, "openai"), report);
            Assert.Empty(server.Calls);
            Assert.Empty(without.Report.Findings());

            var with = await TestRun.ReviewAsync(TestRun.Settings(server, "openai") with { Recall = true }, report);

            Assert.Single(server.Calls);
            var added = Assert.Single(with.Report.Findings());
            Assert.Equal(AiReviewStatus.Added, added.Ai!.Status);
            Assert.Equal(RegulationCategory.Paper, added.Category);
            Assert.Equal("書面", text[added.Cues[0].Start..added.Cues[0].End]);
            Assert.Equal(1, with.Cost.RecallArticles);
        }
    }
}
