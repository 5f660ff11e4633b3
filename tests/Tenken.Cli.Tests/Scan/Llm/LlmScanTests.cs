using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tenken.Cli.Tests.Scan.Llm;

public sealed partial class LlmScanTests
{
    private const string Secret = "sk-tenken-cli-SECRET-42";

    // A key in the developer's own environment must not leak into these runs.
    private static readonly Dictionary<string, string?> WithoutKey = new() { ["TENKEN_LLM_API_KEY"] = null };

    [Fact]
    public async Task With_the_server_down_scan_llm_finishes_with_the_rule_findings_each_marked_no_answer()
    {
        var samples = Path.Combine(Support.Tenken.RepositoryRoot(), "samples");
        var work = Support.Tenken.TempFolder();

        var rules = await Support.Tenken.RunInAsync(work, WithoutKey, "scan", samples, "-o", "rules.json");
        var llm = await Support.Tenken.RunInAsync(work, new Dictionary<string, string?> { ["TENKEN_LLM_API_KEY"] = Secret },
            "scan", samples, "-o", "llm.json", "--llm", "--llm-endpoint", $"http://127.0.0.1:{ClosedPort()}/v1", "--llm-model", "local-model");

        Assert.Equal(rules.ExitCode, llm.ExitCode);
        var ruleFindings = Findings(Path.Combine(work, "rules.json"));
        var llmFindings = Findings(Path.Combine(work, "llm.json"));
        Assert.NotEmpty(ruleFindings);
        Assert.Equal(ruleFindings.Select(Essence), llmFindings.Select(Essence));
        Assert.All(llmFindings, f =>
        {
            Assert.Equal("noanswer", f.GetProperty("ai").GetProperty("status").GetString());
            Assert.NotEmpty(f.GetProperty("ai").GetProperty("failure").GetString()!);
            Assert.True(f.GetProperty("active").GetBoolean());
        });
        Assert.Contains("LLM（local-model）", llm.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, llm.Stderr + llm.Stdout + await File.ReadAllTextAsync(Path.Combine(work, "llm.json"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_makes_at_most_one_call_per_article_with_findings()
    {
        var samples = Path.Combine(Support.Tenken.RepositoryRoot(), "samples");
        var work = Support.Tenken.TempFolder();

        var run = await Support.Tenken.RunInAsync(work, WithoutKey, "scan", samples, "-o", "out.json", "--llm-dry-run");

        Assert.Equal(0, run.ExitCode);
        var findings = Findings(Path.Combine(work, "out.json")).Count;
        var calls = int.Parse(CallsPattern().Match(run.Stderr).Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(calls, 1, findings);
    }

    [Fact]
    public async Task A_key_written_in_the_config_file_is_refused_without_echoing_it()
    {
        var work = Support.Tenken.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(work, "tenken.llm.json"), $$"""{ "endpoint": "http://127.0.0.1:1/v1", "model": "m", "apiKey": "{{Secret}}" }""", TestContext.Current.CancellationToken);

        var run = await Support.Tenken.RunInAsync(work, WithoutKey, "scan", Path.Combine(Support.Tenken.RepositoryRoot(), "samples"), "--llm");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("API キーを書かないでください", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Llm_without_an_endpoint_says_what_is_missing()
    {
        var run = await Support.Tenken.RunInAsync(Support.Tenken.TempFolder(), WithoutKey, "scan", Path.Combine(Support.Tenken.RepositoryRoot(), "samples"), "--llm");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--llm-endpoint", run.Stderr, StringComparison.Ordinal);
    }

    private static List<JsonElement> Findings(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray()).Select(f => f.Clone())];
    }

    private static string Essence(JsonElement f) =>
        $"{f.GetProperty("id").GetString()}|{f.GetProperty("reason").GetString()}|{f.GetProperty("cues").GetRawText()}|{f.GetProperty("direction").GetString()}";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"呼び出し ([\d,]+) 回")]
    private static partial Regex CallsPattern();
}
