using Tenken.Ai.Configuration;
using Tenken.Ai.Tests.Fakes;

namespace Tenken.Ai.Tests.Configuration;

public sealed class LlmConfigFileTests
{
    public sealed class Load
    {
        [Fact]
        public void Reads_the_documented_example()
        {
            var path = Path.Combine(SharedData.RepoRoot(), "docs", "tenken.llm.example.json");

            var settings = LlmConfigFile.Load(path, new LlmSettings(), out var error);

            Assert.Equal("", error);
            Assert.NotNull(settings);
            Assert.Equal(LlmProvider.OpenAi, settings.Provider);
            Assert.Equal("http://127.0.0.1:11434/v1", settings.Endpoint);
            Assert.Equal(TimeSpan.FromSeconds(120), settings.Timeout);
            Assert.Contains(settings.Prices, p => p.Model == "gpt-4o-mini" && p.InputYenPerMillion > 0);
        }

        [Fact]
        public void Says_which_file_is_missing()
        {
            Assert.Null(LlmConfigFile.Load("/nonexistent/tenken.llm.json", new LlmSettings(), out var error));
            Assert.Contains("/nonexistent/tenken.llm.json", error, StringComparison.Ordinal);
        }
    }

    public sealed class Parse
    {
        [Fact]
        public void Applies_the_file_over_the_defaults_and_keeps_the_rest()
        {
            var settings = LlmConfigFile.Parse("""
                // Azure through LGWAN
                { "provider": "azure", "endpoint": "https://example.openai.azure.com", "azure": { "deployment": "gpt-4o-mini" },
                  "budgetTokens": 500000, "requestsPerMinute": 30, }
                """, "x.json", new LlmSettings { Concurrency = 4 }, out _)!;

            Assert.Equal(LlmProvider.Azure, settings.Provider);
            Assert.Equal("gpt-4o-mini", settings.EffectiveModel);
            Assert.Equal(500_000, settings.BudgetTokens);
            Assert.Equal(30, settings.RequestsPerMinute);
            Assert.Equal(4, settings.Concurrency);
        }

        [Theory]
        [InlineData("""{ "apiKey": "sk-123" }""")]
        [InlineData("""{ "azure": { "key": "abc" } }""")]
        public void Refuses_a_key_written_in_the_file(string json)
        {
            Assert.Null(LlmConfigFile.Parse(json, "x.json", new LlmSettings(), out var error));
            Assert.Contains("API キーを書かないでください", error, StringComparison.Ordinal);
            Assert.DoesNotContain("sk-123", error, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("""{ "modell": "x" }""")]
        [InlineData("""{ "provider": "bedrock" }""")]
        [InlineData("""{ "timeoutSeconds": "long" """)]
        public void Reports_a_mistake_in_Japanese(string json)
        {
            Assert.Null(LlmConfigFile.Parse(json, "x.json", new LlmSettings(), out var error));
            Assert.StartsWith("LLM 設定ファイル「x.json」", error, StringComparison.Ordinal);
        }
    }
}
