using Tenken.Ai.Configuration;
using Tenken.Ai.Review;
using Tenken.Core.Reports;

namespace Tenken.Ai.Tests.Fakes;

/// <summary>Settings pointing at a fake server, with short delays so failure paths run fast.</summary>
public static class TestRun
{
    public static LlmSettings Settings(FakeLlmServer server, string protocol) => new()
    {
        Provider = protocol == "dify" ? LlmProvider.Dify : LlmProvider.OpenAi,
        Endpoint = server.V1,
        Model = "test-model",
        ResponseFormat = protocol == "dify" ? ResponseFormatMode.None : ResponseFormatMode.JsonSchema,
        Timeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromSeconds(5),
        Concurrency = 1,
    };

    public static async Task<LlmReviewResult> ReviewAsync(LlmSettings settings, ReviewReport report, string apiKey = "")
    {
        using var pipeline = new LlmReviewPipelineBuilder { Settings = settings, ApiKey = apiKey }.Build();
        return await pipeline.ReviewAsync(report, TestContext.Current.CancellationToken);
    }

    public static string TempFile(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tenken-ai-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
