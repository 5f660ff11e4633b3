using System.Text.Json;
using Tenken.Cli.Tests.Project;
using Tenken.Tests.Support;

namespace Tenken.Cli.Tests.Draft;

/// <summary>End to end: <c>tenken draft</c> as a process over the ward-style fixtures, every format from one run.</summary>
public sealed class DraftCommandTests
{
    private static string Wards => Support.Tenken.Fixture("drafting");

    [Fact]
    public async Task Writes_every_format_and_keys_and_before_texts_are_those_of_results_json()
    {
        var dir = Support.Tenken.TempFolder();
        var draft = await Support.Tenken.RunAsync("draft", Wards, "-o", $"{dir}/taisho.docx", "-o", $"{dir}/drafts.json", "-o", $"{dir}/drafts.html", "-o", $"{dir}/drafts.xlsx");
        Assert.True(draft.ExitCode == 0, draft.Stderr);
        Assert.Contains("改正案の作成結果", draft.Stderr);
        var scan = await Support.Tenken.RunAsync("scan", "-q", Wards, "-o", $"{dir}/results.json");
        Assert.True(scan.ExitCode == 0, scan.Stderr);

        using var results = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/results.json", TestContext.Current.CancellationToken));
        var texts = results.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("text").GetString()!);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/drafts.json", TestContext.Current.CancellationToken));
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var drafts = json.RootElement.GetProperty("drafts").EnumerateArray().ToList();
        Assert.True(drafts.Count >= 10, $"only {drafts.Count} drafts");
        foreach (var d in drafts)
        {
            foreach (var field in new[] { "key", "document", "title", "article", "category", "pattern", "before", "after", "note" })
                Assert.Equal(JsonValueKind.String, d.GetProperty(field).ValueKind);
            Assert.Equal(texts[d.GetProperty("key").GetString()!], d.GetProperty("before").GetString());
            Assert.NotEqual(d.GetProperty("before").GetString(), d.GetProperty("after").GetString());
            Assert.NotEmpty(d.GetProperty("aratamebun").EnumerateArray());
        }
        var manual = json.RootElement.GetProperty("manual").EnumerateArray().ToList();
        Assert.Contains(manual, m => m.GetProperty("category").GetString() == "ONSITE_AUDIT" && m.GetProperty("reason").GetString()!.Contains("改正パターンがありません", StringComparison.Ordinal));

        var xlsx = new XlsxPackage(await File.ReadAllBytesAsync($"{dir}/drafts.xlsx", TestContext.Current.CancellationToken));
        Assert.Equal(["改正案", "要個別検討", "集計"], xlsx.SheetNames);
        var h = xlsx.Headers("改正案");
        var rows = xlsx.Rows("改正案").Skip(1).ToList();
        Assert.Equal(drafts.Select(d => d.GetProperty("key").GetString()), rows.Select(r => xlsx.CellText(r.Cells[h["条文キー"]])));
        Assert.Equal(drafts.Select(d => d.GetProperty("after").GetString()), rows.Select(r => xlsx.CellText(r.Cells[h["改正後"]])));
        Assert.Contains(xlsx.Runs(rows[0].Cells[h["改正後"]]), run => run.RedBold);
        Assert.Equal(manual.Count, xlsx.Rows("要個別検討").Count - 1);

        var html = await File.ReadAllTextAsync($"{dir}/drafts.html", TestContext.Current.CancellationToken);
        foreach (var sentence in drafts.SelectMany(d => d.GetProperty("aratamebun").EnumerateArray()))
            Assert.Contains(System.Net.WebUtility.HtmlEncode(sentence.GetString()!), html, StringComparison.Ordinal);
        Assert.Contains("<u class=\"after\">", html, StringComparison.Ordinal);
        Assert.True(new FileInfo($"{dir}/taisho.docx").Length > 3000);
    }

    [Fact]
    public async Task Order_before_after_puts_the_before_column_first()
    {
        var dir = Support.Tenken.TempFolder();
        var draft = await Support.Tenken.RunAsync("draft", "-q", Wards, "--order", "before-after", "-o", $"{dir}/drafts.xlsx");
        Assert.True(draft.ExitCode == 0, draft.Stderr);
        var xlsx = new XlsxPackage(await File.ReadAllBytesAsync($"{dir}/drafts.xlsx", TestContext.Current.CancellationToken));
        var h = xlsx.Headers("改正案");
        Assert.True(string.CompareOrdinal(h["改正前"], h["改正後"]) < 0, "改正前 should come before 改正後");
    }

    [Theory]
    [InlineData("-o", "out/x.pdf", "形式が分かりません")]
    [InlineData("--order", "left-right", "--order「left-right」が分かりません")]
    [InlineData("--patterns", "no-such-patterns.tsv", "改正パターンのファイル「no-such-patterns.tsv」が見つかりません")]
    [InlineData("--project", "no-such.tenken", "プロジェクトファイル「no-such.tenken」が見つかりません")]
    public async Task A_usage_mistake_exits_2_with_a_japanese_message_and_writes_nothing(string option, string value, string message)
    {
        var dir = Support.Tenken.TempFolder();
        var result = await Support.Tenken.RunInAsync(dir, new Dictionary<string, string?>(), "draft", Wards, option, value, "-o", "drafts.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public async Task An_unreadable_input_exits_3_and_the_rest_is_drafted()
    {
        var dir = Support.Tenken.TempFolder();
        var broken = Path.Combine(dir, "broken.xml");
        await File.WriteAllTextAsync(broken, "<Law><LawBody>", TestContext.Current.CancellationToken);
        var result = await Support.Tenken.RunAsync("draft", "-q", Wards, broken, "-o", $"{dir}/drafts.json");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("broken.xml", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/drafts.json", TestContext.Current.CancellationToken));
        Assert.NotEmpty(json.RootElement.GetProperty("drafts").EnumerateArray());
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_exits_1_and_the_others_are_written()
    {
        var dir = Support.Tenken.TempFolder();
        Directory.CreateDirectory($"{dir}/taken.json");
        var result = await Support.Tenken.RunAsync("draft", "-q", Wards, "-o", $"{dir}/taken.json", "-o", $"{dir}/drafts.html");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("taken.json", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists($"{dir}/drafts.html"));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public async Task A_bad_line_in_a_pattern_file_is_reported_with_its_place_and_the_other_lines_are_used()
    {
        var dir = Support.Tenken.TempFolder();
        var patterns = Path.Combine(dir, "区パターン.tsv");
        await File.WriteAllTextAsync(patterns, "# 区独自\n立入\t区の立入検査\t立ち入り\t立ち入り\n実地監査\t区の立入\t立ち入り、\t立ち入り、又は情報通信技術を利用する方法により確認し、\n", TestContext.Current.CancellationToken);
        var result = await Support.Tenken.RunAsync("draft", "-q", Wards, "--patterns", patterns, "-o", $"{dir}/drafts.json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("区パターン.tsv:2: 警告: 改正パターンのこの行は読み飛ばしました: 区分「立入」が分かりません", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/drafts.json", TestContext.Current.CancellationToken));
        Assert.Contains(json.RootElement.GetProperty("drafts").EnumerateArray(), d => d.GetProperty("pattern").GetString() == "区の立入");
    }

    [Fact]
    public async Task With_a_project_only_the_findings_marked_applicable_are_drafted()
    {
        var dir = Support.Tenken.TempFolder();
        var project = Path.Combine(dir, "ward.tenken");
        var workbook = Path.Combine(dir, "review.xlsx");
        var scan = await Support.Tenken.RunAsync("scan", "-q", "--project", project, Wards, "-o", workbook);
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        string chosen;
        using (var editor = new WorkbookEditor(workbook))
        {
            chosen = editor.Ids().First(id => id.EndsWith(":SEAL", StringComparison.Ordinal));
            editor.Set(chosen, "判定", "該当");
            editor.Set(editor.Ids().First(id => id.EndsWith(":PAPER", StringComparison.Ordinal)), "判定", "非該当");
        }
        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project);
        Assert.True(import.ExitCode == 0, import.Stderr);

        var draft = await Support.Tenken.RunAsync("draft", Wards, "--project", project, "-o", $"{dir}/drafts.json");
        Assert.True(draft.ExitCode == 0, draft.Stderr);
        Assert.Contains("判定が「該当」の指摘 1 件を草案の対象にします", draft.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/drafts.json", TestContext.Current.CancellationToken));
        var only = Assert.Single(json.RootElement.GetProperty("drafts").EnumerateArray());
        Assert.Equal(chosen, Assert.Single(only.GetProperty("findings").EnumerateArray()).GetString());
        Assert.Equal("SEAL", only.GetProperty("category").GetString());
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("fromDecisions").GetBoolean());
    }
}
