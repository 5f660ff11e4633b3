using System.Text;
using System.Text.Json;
using Tenken.Cli.Tests.Support;
using Tenken.Core.Reports.Text;
using Tenken.Tests.Support;

namespace Tenken.Cli.Tests.Scan;

/// <summary>End to end: <c>tenken scan</c> as a process over real e-Gov XML, every output format from one run.</summary>
public sealed class ScanCommandTests
{
    private static readonly System.Xml.Linq.XNamespace S = XlsxPackage.S;

    [Fact]
    public async Task Writes_every_format_from_one_run_and_they_agree()
    {
        var dir = Support.Tenken.TempFolder();
        var result = await Support.Tenken.RunAsync("scan", "samples/egov", "-o", $"{dir}/review.xlsx", "-o", $"{dir}/review.csv",
            "-o", $"{dir}/review.json", "-o", $"{dir}/overview.html", "--all-articles");
        Assert.True(result.ExitCode == 0, result.Stderr);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/review.json", TestContext.Current.CancellationToken));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var findings = articles.SelectMany(a => a.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()!)).ToList();
        Assert.NotEmpty(findings);
        Assert.Equal(findings.Count, json.RootElement.GetProperty("summary").GetProperty("findings").GetInt32());

        var xlsx = new XlsxPackage(await File.ReadAllBytesAsync($"{dir}/review.xlsx", TestContext.Current.CancellationToken));
        var h = xlsx.Headers("点検結果");
        var rows = xlsx.Rows("点検結果").Skip(1).ToList();
        Assert.Equal(findings.Count, rows.Count);
        Assert.Equal(findings, rows.Select(r => xlsx.CellText(r.Cells[h["ID"]])));
        var allArticles = xlsx.Rows("全条文").Skip(1).Select(r => xlsx.CellText(r.Cells["A"])).ToList();
        Assert.Equal(articles.Select(a => a.GetProperty("key").GetString()), allArticles);

        var csv = Rfc4180.Parse(await File.ReadAllTextAsync($"{dir}/review.csv", TestContext.Current.CancellationToken));
        Assert.Equal(findings.Count + 1, csv.Count);
        Assert.Equal(findings, csv.Skip(1).Select(r => r[0]));

        var html = await File.ReadAllTextAsync($"{dir}/overview.html", TestContext.Current.CancellationToken);
        Assert.Equal(findings.Count, System.Text.RegularExpressions.Regex.Count(html, "<tr id=\""));
    }

    [Fact]
    public async Task Ordinance_text_that_looks_like_a_formula_or_markup_is_written_safely_everywhere()
    {
        var dir = Support.Tenken.TempFolder();
        var result = await Support.Tenken.RunAsync("scan", Support.Tenken.Fixture("injection"), "-o", $"{dir}/x.xlsx", "-o", $"{dir}/x.csv", "-o", $"{dir}/x.html", "--all-articles");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var hyperlink = "=HYPERLINK(\"http://evil.example/\",\"詳細\")";

        var xlsx = new XlsxPackage(await File.ReadAllBytesAsync($"{dir}/x.xlsx", TestContext.Current.CancellationToken));
        Assert.DoesNotContain(xlsx.SheetNames, name => xlsx.Sheet(name).Descendants(S + "f").Any());
        var h = xlsx.Headers("点検結果");
        var rows = xlsx.Rows("点検結果").Skip(1).ToList();
        Assert.NotEmpty(rows);
        var risky = rows.SelectMany(r => r.Cells.Values).Where(c => FormulaGuard.IsRisky(xlsx.CellText(c))).ToList();
        Assert.Contains(risky, c => xlsx.CellText(c).StartsWith(hyperlink, StringComparison.Ordinal));
        foreach (var start in new[] { "=", "+", "-", "@" })
            Assert.Contains(risky, c => xlsx.CellText(c).StartsWith(start, StringComparison.Ordinal));
        Assert.All(risky, c =>
        {
            Assert.Equal("inlineStr", (string?)c.Attribute("t"));
            Assert.Equal("1", (string?)xlsx.CellFormat(c).Attribute("quotePrefix"));
        });

        var csv = Rfc4180.Parse(await File.ReadAllTextAsync($"{dir}/x.csv", TestContext.Current.CancellationToken));
        var fields = csv.Skip(1).SelectMany(r => r).ToList();
        Assert.DoesNotContain(fields, FormulaGuard.IsRisky);
        Assert.Contains(fields, f => f.StartsWith("'" + hyperlink, StringComparison.Ordinal));
        Assert.Contains("'@テスト法", fields);
        Assert.Contains("'=1+1", fields);

        var html = await File.ReadAllTextAsync($"{dir}/x.html", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<[^>]*\\s(src|href)\\s*=", html);
        Assert.DoesNotMatch("<[^>]*(https?:|//)", html);
    }

    [Fact]
    public async Task Exit_code_is_3_when_an_input_fails_and_the_rest_is_still_written()
    {
        var dir = Support.Tenken.TempFolder();
        var result = await Support.Tenken.RunAsync("scan", Support.Tenken.Fixture("broken"), Support.Tenken.Fixture("injection"), "-o", $"{dir}/x.json", "-o", $"{dir}/x.xlsx");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("998AC0000000001.xml", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("エラーのあったファイル", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/x.json", TestContext.Current.CancellationToken));
        Assert.Equal(1, json.RootElement.GetProperty("run").GetProperty("filesFailed").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("articles").GetArrayLength());
        var xlsx = new XlsxPackage(await File.ReadAllBytesAsync($"{dir}/x.xlsx", TestContext.Current.CancellationToken));
        Assert.Contains(xlsx.Rows("診断").Skip(1), r => xlsx.CellText(r.Cells["B"]).EndsWith("998AC0000000001.xml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("review.pdf", "形式が分かりません")]
    [InlineData("review.xlsx", "2回以上指定")]
    public async Task Exit_code_is_2_for_a_usage_mistake_with_a_Japanese_message(string output, string message)
    {
        var dir = Support.Tenken.TempFolder();
        string[] args = output == "review.xlsx"
            ? ["scan", "samples/egov", "-o", $"{dir}/{output}", "-o", $"{dir}/{output}"]
            : ["scan", "samples/egov", "-o", $"{dir}/{output}"];
        var result = await Support.Tenken.RunAsync(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    // The JSON output is written while the scan runs, the others at the end: a blocked one of either kind is reported
    // by name, the other is written, and nothing half-written is left behind.
    [Theory]
    [InlineData("review.xlsx", "review.json")]
    [InlineData("results.json", "review.csv")]
    public async Task Exit_code_is_1_and_nothing_half_written_when_an_output_cannot_be_written(string blocked, string written)
    {
        var dir = Support.Tenken.TempFolder();
        await File.WriteAllTextAsync($"{dir}/blocker", "a file where a folder should be", TestContext.Current.CancellationToken);
        var result = await Support.Tenken.RunAsync("scan", "samples/egov", "-o", $"{dir}/blocker/{blocked}", "-o", $"{dir}/{written}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{blocked}」に書き込めません", result.Stderr, StringComparison.Ordinal);
        Assert.True(new FileInfo($"{dir}/{written}").Length > 0);
        Assert.Equal(["blocker", written], Directory.GetFiles(dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task Redirected_stderr_gets_plain_progress_lines_and_the_summary_table()
    {
        var result = await Support.Tenken.RunAsync("scan", "samples/egov");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Contains("読込・判定 5/5（100%）", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stderr, StringComparison.Ordinal);
        foreach (var label in new[] { "読み込んだファイル", "条", "書面規制", "押印規制", "対面・出頭規制", "エラー・警告", "所要時間" })
            Assert.Contains(label, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_prints_nothing_for_a_clean_run()
    {
        var dir = Support.Tenken.TempFolder();
        var result = await Support.Tenken.RunAsync("scan", "samples/egov", "-q", "-o", $"{dir}/x.csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr + result.Stdout);
        var bytes = await File.ReadAllBytesAsync($"{dir}/x.csv", TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
    }
}
