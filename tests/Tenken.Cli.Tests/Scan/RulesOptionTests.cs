using System.Text.Json;

namespace Tenken.Cli.Tests.Scan;

/// <summary><c>--rules FILE</c> on <c>tenken scan</c> and <c>tenken eval</c> (format: docs/rules.md).</summary>
public sealed class RulesOptionTests
{
    private static string Samples => Path.Combine(Support.Tenken.RepositoryRoot(), "samples", "egov");

    private static IEnumerable<string> SuppressedRules(string resultsJson)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(resultsJson));
        return [.. json.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => a.TryGetProperty("suppressed", out _))
            .SelectMany(a => a.GetProperty("suppressed").EnumerateArray().Select(s => s.GetProperty("rule").GetString()!))];
    }

    [Fact]
    public async Task Scan_SwitchesARuleOffAndReportsABadLineWithFileAndLine()
    {
        var folder = Support.Tenken.TempFolder();
        var rules = Path.Combine(folder, "city-rules.tsv");
        File.WriteAllText(rules, "規則\t一覧\t語句\t備考\nctx.open-manner\toff\nctx.penalty\tcaptio\t罰金\n");
        var plain = Path.Combine(folder, "plain.json");
        var ruled = Path.Combine(folder, "ruled.json");

        var before = await Support.Tenken.RunAsync("scan", Samples, "-o", plain, "-q");
        var result = await Support.Tenken.RunAsync("scan", Samples, "-o", ruled, "--rules", rules, "-q");

        Assert.Equal((0, 0), (before.ExitCode, result.ExitCode));
        Assert.Contains("ctx.open-manner", SuppressedRules(plain));
        Assert.DoesNotContain("ctx.open-manner", SuppressedRules(ruled));
        Assert.Contains($"{rules}:3:", result.Stderr);
        Assert.Contains("一覧「captio」はありません", result.Stderr);
    }

    [Fact]
    public async Task Eval_AMissingRulesFileIsAUsageError()
    {
        var gold = Path.Combine(Support.Tenken.TempFolder(), "gold.jsonl");
        File.WriteAllText(gold, """{"key": "323AC0000000137#2", "analog": true, "categories": ["PAPER"]}""" + "\n");

        var result = await Support.Tenken.RunAsync("eval", "--gold", gold, Samples, "--rules", "no-such-rules.tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("規則ファイル「no-such-rules.tsv」が見つかりません", result.Stderr);
    }
}
