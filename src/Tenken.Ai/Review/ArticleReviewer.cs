using Microsoft.Extensions.AI;
using Tenken.Ai.Budget;
using Tenken.Ai.Caching;
using Tenken.Ai.Clients;
using Tenken.Ai.Configuration;
using Tenken.Ai.Prompting;
using Tenken.Ai.Resilience;
using Tenken.Ai.Validation;

namespace Tenken.Ai.Review;

/// <summary>
/// Reviews one article: cache, budget, rate limit, the call with retries, validation, one repair round. Every path
/// ends in an <see cref="ArticleOutcome"/>; nothing here throws for a server's misbehaviour.
/// </summary>
internal sealed class ArticleReviewer(LlmSettings settings, IChatClient? client, SecretRedactor redactor, TimeProvider time, LlmRunContext run)
{
    public const string BudgetExceeded = "予算超過";

    private string Model => settings.EffectiveModel;

    public async Task<ArticleOutcome> ReviewAsync(ReviewRequest request, CancellationToken cancellation)
    {
        var key = CacheKey.For(Model, request);
        if (run.Cache?.Get(key) is { } cached && AnswerValidator.Check(cached.Answer, request) is { Ok: true } hit)
        {
            run.Stats.CacheHit(cached.InputTokens, cached.OutputTokens);
            return ArticleOutcome.Answered(hit.Verdicts!, fromCache: true);
        }
        if (run.Breaker.OpenReason is { } down)
            return ArticleOutcome.Failed(redactor.Redact("呼び出し中止: " + down));

        var messages = PromptBuilder.Build(request);
        if (settings.DryRun)
            return DryRun(messages, request);

        var first = await CallAsync(messages, request, cancellation).ConfigureAwait(false);
        if (first.Failure is { } failure)
            return ArticleOutcome.Failed(redactor.Redact(failure.Message));
        var check = AnswerValidator.Check(first.Text, request);
        if (check.Ok)
            return Accept(key, request, first.Text, first.InputTokens, first.OutputTokens, check);

        run.Stats.Repair();
        var repairMessages = PromptBuilder.Repair(messages, first.Text, check.Problems);
        var second = await CallAsync(repairMessages, request, cancellation).ConfigureAwait(false);
        if (second.Failure is { } repairFailure)
            return ArticleOutcome.Failed(redactor.Redact("修正依頼に失敗: " + repairFailure.Message));
        var recheck = AnswerValidator.Check(second.Text, request);
        if (recheck.Ok)
            return Accept(key, request, second.Text, first.InputTokens + second.InputTokens, first.OutputTokens + second.OutputTokens, recheck);
        var what = recheck.JsonBroken ? "JSON が不正（修正依頼後も）" : "検証に不合格（修正依頼後も）";
        return ArticleOutcome.Failed(redactor.Redact($"{what}: {string.Join("／", recheck.Problems.Take(3))}"));
    }

    private ArticleOutcome Accept(string key, ReviewRequest request, string answer, long input, long output, AnswerCheck check)
    {
        try
        {
            run.Cache?.Put(key, Model, SystemPrompt.Version, CacheKey.TextHash(request.Text), new CachedAnswer(redactor.Redact(answer), input, output));
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            lock (run.Warnings)
                run.Warnings.Add($"LLM キャッシュに書き込めません: {ex.Message}");
        }
        return ArticleOutcome.Answered(check.Verdicts!, fromCache: false);
    }

    private ArticleOutcome DryRun(IReadOnlyList<ChatMessage> messages, ReviewRequest request)
    {
        var input = TokenEstimator.Estimate(messages);
        var output = ExpectedOutput(request);
        if (!run.Budget.TryReserve(input + output))
            return ArticleOutcome.Failed(BudgetExceeded);
        run.Budget.Settle(input + output, input + output);
        run.Stats.Call();
        run.Stats.Tokens(input, output);
        return ArticleOutcome.DryRun;
    }

    private int ExpectedOutput(ReviewRequest request) => Math.Min(settings.MaxOutputTokens, TokenEstimator.OutputPerCategory * request.Candidates.Count);

    private async Task<CallResult> CallAsync(IReadOnlyList<ChatMessage> messages, ReviewRequest request, CancellationToken cancellation)
    {
        var estimateIn = TokenEstimator.Estimate(messages);
        var reserve = estimateIn + ExpectedOutput(request);
        if (!run.Budget.TryReserve(reserve))
            return CallResult.Failed(new CallFailure(CallFailureKind.Budget, BudgetExceeded, false));
        var options = ChatOptionsFor(request);
        for (var attempt = 0; ; attempt++)
        {
            await run.Limiter.WaitAsync(reserve, cancellation).ConfigureAwait(false);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(settings.Timeout);
            CallFailure failure;
            try
            {
                run.Stats.Call();
                var response = await client!.GetResponseAsync(messages, options, timeout.Token).ConfigureAwait(false);
                run.Breaker.Record(null);
                var (input, output) = Usage(response, estimateIn);
                run.Budget.Settle(reserve, input + output);
                run.Stats.Tokens(input, output);
                // An answer that echoes the key must not carry it into the report or the cache.
                return new CallResult(redactor.Redact(response.Text), input, output, null);
            }
            catch (Exception ex) when (!cancellation.IsCancellationRequested)
            {
                failure = FailureClassifier.Classify(ex, timeout.IsCancellationRequested, settings.Timeout, time);
                run.Breaker.Record(failure);
            }
            if (!failure.Retryable || attempt >= settings.MaxRetries || run.Breaker.OpenReason is not null)
            {
                run.Budget.Settle(reserve, 0);
                var tries = attempt + 1;
                return CallResult.Failed(tries > 1 ? failure with { Message = $"{failure.Message}（{tries} 回試行）" } : failure);
            }
            run.Stats.Retry();
            var delay = Backoff.Delay(attempt, failure.RetryAfter, settings.RetryBaseDelay, settings.RetryMaxDelay);
            await Task.Delay(delay, time, cancellation).ConfigureAwait(false);
        }
    }

    private ChatOptions ChatOptionsFor(ReviewRequest request) => new()
    {
        ModelId = Model,
        Temperature = settings.Temperature,
        MaxOutputTokens = settings.MaxOutputTokens,
        ResponseFormat = settings.ResponseFormat switch
        {
            ResponseFormatMode.JsonSchema => ChatResponseFormat.ForJsonSchema(ResponseSchema.For(request.Candidates), ResponseSchema.Name, "アナログ規制の区分ごとの判定"),
            ResponseFormatMode.JsonObject => ChatResponseFormat.Json,
            _ => null,
        },
    };

    private static (long Input, long Output) Usage(ChatResponse response, int estimateIn)
    {
        var usage = response.Usage;
        if (usage?.InputTokenCount is { } i && usage.OutputTokenCount is { } o)
            return (i, o);
        if (usage?.TotalTokenCount is { } total)
            return total > estimateIn ? (estimateIn, total - estimateIn) : (total, 0);
        return (estimateIn, TokenEstimator.Estimate(response.Text));
    }

    private sealed record CallResult(string Text, long InputTokens, long OutputTokens, CallFailure? Failure)
    {
        public static CallResult Failed(CallFailure failure) => new("", 0, 0, failure);
    }
}
