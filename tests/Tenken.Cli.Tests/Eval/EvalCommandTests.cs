using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tenken.Cli.Tests.Eval;

/// <summary>
/// <c>tenken eval</c> and the screening side of <c>tenken scan</c> end to end on the samples, with a gold file
/// written here (our own judgements of sample articles, not the shared labels).
/// </summary>
public sealed partial class EvalCommandTests
{
    private static string Samples => Path.Combine(Support.Tenken.RepositoryRoot(), "samples", "egov");

    private static string WriteGold()
    {
        var path = Path.Combine(Support.Tenken.TempFolder(), "gold.jsonl");
        File.WriteAllLines(path,
        [
            // 理由を付した書面をもつて通知: paper fixed.
            """{"key": "323AC0000000137#2", "analog": true, "categories": ["PAPER"], "reason": "書面による通知"}""",
            // 試験事務について専任の管理者を置くこと.
            """{"key": "324AC0000000189#14", "analog": true, "categories": ["RESIDENT"], "reason": "専任の管理者"}""",
            // 目的 article: deliberately judged analog here so that the run has a false negative to list.
            """{"key": "405AC0000000088#1", "analog": true, "categories": ["PAPER"], "reason": "テスト用の誤った正解"}""",
            // 閲覧を求めることができる: deliberately judged non-analog so that the run has a false positive to list.
            """{"key": "405AC0000000088#24", "analog": false, "categories": [], "reason": "テスト用の誤った正解"}""",
            """{"key": "999AC0000000000#1", "analog": false, "categories": []}""",
        ]);
        return path;
    }

    public sealed class Run
    {
        [Fact]
        public async Task PrintsMetricsListsAndEndsWithTheSummaryLine()
        {
            var result = await Support.Tenken.RunAsync("eval", "--gold", WriteGold(), Samples);

            Assert.Equal(0, result.ExitCode);
            var lines = result.Stdout.TrimEnd().Split('\n');
            Assert.Equal("precision=0.667 recall=0.667 f1=0.667", lines[^1]);
            Assert.Contains("突合 4 条", result.Stdout);
            Assert.Contains("スキャン結果に無いキー: 999AC0000000000#1", result.Stdout);
            Assert.Contains("区分 micro:", result.Stdout);
            var falsePositives = result.Stdout[result.Stdout.IndexOf("■ 誤検出", StringComparison.Ordinal)..result.Stdout.IndexOf("■ 見逃し", StringComparison.Ordinal)];
            Assert.Contains("405AC0000000088#24", falsePositives);
            Assert.Contains("+ VISIT_VIEW", falsePositives);
            Assert.Contains("「閲覧を求め」", falsePositives);
            var falseNegatives = result.Stdout[result.Stdout.IndexOf("■ 見逃し", StringComparison.Ordinal)..];
            Assert.Contains("405AC0000000088#1", falseNegatives);
            Assert.Contains("テスト用の誤った正解", falseNegatives);
        }

        [Fact]
        public async Task HalfKeepsOnlyThatHalfOfTheKeys()
        {
            var one = await Support.Tenken.RunAsync("eval", "--gold", WriteGold(), "--half", "1", "--brief", Samples);
            var two = await Support.Tenken.RunAsync("eval", "--gold", WriteGold(), "--half", "2", "--brief", Samples);

            static int Count(string stdout) => int.Parse(Gold().Match(stdout).Groups[1].Value);
            Assert.Equal(5, Count(one.Stdout) + Count(two.Stdout));
            Assert.Matches(Summary(), one.Stdout.TrimEnd().Split('\n')[^1]);
            Assert.DoesNotContain("■ 誤検出", one.Stdout);
        }

        [Fact]
        public async Task BadArgumentsExitWithUsage()
        {
            Assert.Equal(2, (await Support.Tenken.RunAsync("eval", "--gold", WriteGold(), "--half", "3", Samples)).ExitCode);
            var missing = await Support.Tenken.RunAsync("eval", "--gold", "/nonexistent/gold.jsonl", Samples);
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("正解データ", missing.Stderr);
        }
    }

    public sealed class Scan
    {
        [Fact]
        public async Task WritesEveryArticleAndTakesAMunicipalLexicon()
        {
            var folder = Support.Tenken.TempFolder();
            var lexicon = Path.Combine(folder, "city.tsv");
            File.WriteAllText(lexicon, "POSTING\t興行場の入口\tcue\t0.6\t市独自\nPOSTING\t入口\tunknown\n");
            var output = Path.Combine(folder, "results.json");

            var result = await Support.Tenken.RunAsync("scan", Samples, "-o", output, "--lexicon", lexicon, "-q");
            var parse = await Support.Tenken.RunAsync("parse", Samples);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains($"{lexicon}:2:", result.Stderr);
            using var json = JsonDocument.Parse(File.ReadAllText(output));
            var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
            Assert.Equal(parse.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, articles.Count);
            Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("line").GetInt32() == 2);
            foreach (var a in articles.Where(a => a.GetProperty("analog").GetBoolean()))
            {
                var text = a.GetProperty("text").GetString()!;
                foreach (var f in a.GetProperty("findings").EnumerateArray())
                {
                    foreach (var c in f.GetProperty("cues").EnumerateArray())
                        Assert.Equal(c.GetProperty("text").GetString(), text[c.GetProperty("start").GetInt32()..c.GetProperty("end").GetInt32()]);
                    Assert.NotEmpty(f.GetProperty("reason").GetString()!);
                    Assert.NotEmpty(f.GetProperty("rules").EnumerateArray());
                }
            }
        }
    }

    [GeneratedRegex("正解データ (\\d+) 条")]
    private static partial Regex Gold();

    [GeneratedRegex("^precision=\\d\\.\\d{3} recall=\\d\\.\\d{3} f1=\\d\\.\\d{3}$")]
    private static partial Regex Summary();
}
