using Tenken.Ai.Budget;
using Tenken.Ai.Clients;
using Tenken.Ai.Configuration;
using Tenken.Ai.Resilience;

namespace Tenken.Ai.Tests.Budget;

public sealed class TokenBudgetTests
{
    public sealed class TryReserve
    {
        [Fact]
        public void Refuses_past_the_limit_and_stays_spent()
        {
            var budget = new TokenBudget(1000);

            Assert.True(budget.TryReserve(600));
            budget.Settle(600, 500);
            Assert.False(budget.TryReserve(600));
            Assert.False(budget.TryReserve(10));
            Assert.True(budget.Exhausted);
            Assert.Equal(500, budget.Used);
        }

        [Fact]
        public void Zero_means_unlimited()
        {
            var budget = new TokenBudget(0);

            Assert.True(budget.TryReserve(long.MaxValue / 2));
        }
    }
}

public sealed class MinuteRateLimiterTests
{
    public sealed class WaitAsync
    {
        [Fact]
        public async Task Lets_requests_through_under_the_limit_and_holds_the_next_one()
        {
            var limiter = new MinuteRateLimiter(requestsPerMinute: 2, tokensPerMinute: 0, TimeProvider.System);
            await limiter.WaitAsync(10, TestContext.Current.CancellationToken);
            await limiter.WaitAsync(10, TestContext.Current.CancellationToken);

            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.WaitAsync(10, cts.Token));
        }

        [Fact]
        public async Task Holds_a_request_that_would_pass_the_token_limit()
        {
            var limiter = new MinuteRateLimiter(requestsPerMinute: 0, tokensPerMinute: 1000, TimeProvider.System);
            await limiter.WaitAsync(900, TestContext.Current.CancellationToken);

            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.WaitAsync(200, cts.Token));
        }
    }
}

public sealed class PriceTableTests
{
    public sealed class Yen
    {
        [Fact]
        public void Uses_the_longest_matching_prefix_and_is_free_for_unknown_models()
        {
            var table = new PriceTable([new PriceEntry("gpt-4o", 375, 1500), new PriceEntry("gpt-4o-mini", 22.5m, 90)]);

            Assert.Equal(22.5m + 90m, table.Yen("gpt-4o-mini-2024-07-18", 1_000_000, 1_000_000));
            Assert.Equal(375m, table.Yen("gpt-4o", 1_000_000, 0));
            Assert.Equal(0m, table.Yen("qwen2.5:7b", 1_000_000, 1_000_000));
        }
    }
}

public sealed class BackoffTests
{
    public sealed class Delay
    {
        [Fact]
        public void Honours_Retry_After_up_to_the_cap_and_doubles_otherwise()
        {
            Assert.Equal(TimeSpan.FromSeconds(7), Backoff.Delay(0, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)));
            Assert.Equal(TimeSpan.FromSeconds(60), Backoff.Delay(0, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)));
            var third = Backoff.Delay(2, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            Assert.InRange(third.TotalSeconds, 3.2, 4.8);
        }
    }
}

public sealed class RetryAfterHeaderTests
{
    public sealed class Parse
    {
        [Fact]
        public void Reads_seconds_and_http_dates()
        {
            var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

            Assert.Equal(TimeSpan.FromSeconds(3), RetryAfterHeader.Parse("3", now));
            Assert.Equal(TimeSpan.FromSeconds(30), RetryAfterHeader.Parse("Wed, 01 Jan 2025 00:00:30 GMT", now));
            Assert.Null(RetryAfterHeader.Parse("soon", now));
        }
    }
}
