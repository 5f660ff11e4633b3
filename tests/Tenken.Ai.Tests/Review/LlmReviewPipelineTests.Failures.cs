using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tenken.Ai.Budget;
using Tenken.Ai.Prompting;
using Tenken.Ai.Review;
using Tenken.Ai.Tests.Fakes;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Tests.Review;

public sealed partial class LlmReviewPipelineTests
{
    public sealed partial class ReviewAsync
    {
        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_slow_answer_times_out_and_leaves_the_rule_result(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)) with { Delay = TimeSpan.FromSeconds(20) });
            var settings = TestRun.Settings(server, protocol) with { Timeout = TimeSpan.FromMilliseconds(400), MaxRetries = 1 };
            var clock = Stopwatch.StartNew();

            var result = await TestRun.ReviewAsync(settings, TestReports.Paper());

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
            Assert.Equal(2, server.Calls.Count);
            Assert.All(result.Report.Findings(), f =>
            {
                Assert.Equal(AiReviewStatus.NoAnswer, f.Ai!.Status);
                Assert.StartsWith("時間切れ", f.Ai.Failure, StringComparison.Ordinal);
                Assert.True(f.IsActive);
            });
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_429_is_retried_after_the_Retry_After_delay_then_succeeds(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(call => call.Index == 0
                ? ModelReply.Error(429, retryAfter: "1")
                : ModelReply.Text(FakeModel.Answer(call)));
            var clock = Stopwatch.StartNew();

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"Retry-After ignored: {clock.Elapsed}");
            Assert.Equal(2, server.Calls.Count);
            Assert.All(result.Report.Findings(), f => Assert.Equal(AiReviewStatus.Confirmed, f.Ai!.Status));
            Assert.Equal(1, result.Cost.Retries);
            Assert.Equal(2, result.Cost.Calls);
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task Server_errors_are_retried_then_given_up(string protocol)
        {
            await using var server = await FakeLlmServer.StartAsync(_ => ModelReply.Error(503));

            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol), TestReports.Paper());

            Assert.Equal(3, server.Calls.Count);
            Assert.All(result.Report.Findings(), f =>
            {
                Assert.Equal(AiReviewStatus.NoAnswer, f.Ai!.Status);
                Assert.StartsWith("HTTP 503", f.Ai.Failure, StringComparison.Ordinal);
            });
        }

        [Fact]
        public async Task A_server_that_is_down_stops_the_calls_and_every_finding_is_marked()
        {
            var report = TestReports.Report([.. Enumerable.Range(1, 8).Select(i =>
                TestReports.Article(i.ToString(), TestReports.PaperArticle + $"（第{i}版）", (RegulationCategory.Paper, "書面により")))]);
            var settings = new Tenken.Ai.Configuration.LlmSettings
            {
                Endpoint = $"http://127.0.0.1:{ClosedPort()}/v1",
                Model = "m",
                RetryBaseDelay = TimeSpan.FromMilliseconds(10),
                Concurrency = 1,
            };

            var result = await TestRun.ReviewAsync(settings, report);

            Assert.Equal(8, result.Report.Findings().Count());
            Assert.All(result.Report.Findings(), f => Assert.Equal(AiReviewStatus.NoAnswer, f.Ai!.Status));
            Assert.True(result.Cost.Calls <= 3, $"{result.Cost.Calls} calls to a dead server");
            Assert.Contains("呼び出し中止", result.Report.Findings().Last().Ai!.Failure, StringComparison.Ordinal);
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task The_budget_stops_the_calls_and_the_rest_are_marked_over_budget(string protocol)
        {
            var report = TestReports.Report([.. Enumerable.Range(1, 4).Select(i =>
                TestReports.Article(i.ToString(), TestReports.PaperArticle + $"（第{i}版）", (RegulationCategory.Paper, "書面により")))]);
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)) with { PromptTokens = 1000, CompletionTokens = 200 });

            // Room for two calls: the first really uses 1,200; the second's reservation (its estimate) just fits.
            var request = TargetSelector.Select(report, recall: false)[0].Request;
            var reservation = TokenEstimator.Estimate(PromptBuilder.Build(request)) + TokenEstimator.OutputPerCategory;
            var result = await TestRun.ReviewAsync(TestRun.Settings(server, protocol) with { BudgetTokens = 1200 + reservation }, report);

            var marks = result.Report.Findings().Select(f => (f.Ai!.Status, f.Ai.Failure)).ToList();
            Assert.Equal(2, server.Calls.Count);
            Assert.Equal([(AiReviewStatus.Confirmed, ""), (AiReviewStatus.Confirmed, ""), (AiReviewStatus.NoAnswer, "予算超過"), (AiReviewStatus.NoAnswer, "予算超過")], marks);
            Assert.Equal(2, result.Cost.BudgetStopped);
            Assert.Equal(2400, result.Cost.InputTokens + result.Cost.OutputTokens);
        }

        [Theory, InlineData("openai"), InlineData("dify")]
        public async Task A_rerun_is_answered_from_the_cache_without_calling(string protocol)
        {
            var cache = TestRun.TempFile("cache.sqlite");
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));
            var settings = TestRun.Settings(server, protocol) with { CachePath = cache };

            var first = await TestRun.ReviewAsync(settings, TestReports.Paper());
            var second = await TestRun.ReviewAsync(settings, TestReports.Paper());

            Assert.Single(server.Calls);
            Assert.Equal(1, first.Cost.Calls);
            Assert.Equal(0, second.Cost.Calls);
            Assert.Equal(1, second.Cost.CachedHits);
            Assert.Equal(0, second.Cost.InputTokens + second.Cost.OutputTokens);
            Assert.Equal(1200, second.Cost.SavedTokens);
            Assert.Equal(
                first.Report.Findings().Select(f => (f.Id, f.Ai!.Status, f.Ai.Reason, string.Join("|", f.Ai.Quotes))),
                second.Report.Findings().Select(f => (f.Id, f.Ai!.Status, f.Ai.Reason, string.Join("|", f.Ai.Quotes))));
        }

        [Fact]
        public async Task A_changed_article_or_another_model_misses_the_cache()
        {
            var cache = TestRun.TempFile("cache.sqlite");
            await using var server = await FakeLlmServer.StartAsync(call => ModelReply.Text(FakeModel.Answer(call)));
            var settings = TestRun.Settings(server, "openai") with { CachePath = cache };
            await TestRun.ReviewAsync(settings, TestReports.Paper());

            var changed = TestReports.Report(TestReports.Article("1", TestReports.PaperArticle + "（改正）", (RegulationCategory.Paper, "書面により")));
            await TestRun.ReviewAsync(settings, changed);
            await TestRun.ReviewAsync(settings with { Model = "other-model" }, TestReports.Paper());

            Assert.Equal(3, server.Calls.Count);
        }

        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
