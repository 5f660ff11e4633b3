using System.Text.Json;
using Tenken.Cli.Tests.Support;
using Tenken.Tests.Support;

namespace Tenken.Cli.Tests.Scan;

/// <summary>
/// One ward-style ordinance with 様式第1号 (a seal box) and 様式第2号 (none) as .txt, .docx, .html and a text PDF,
/// beside a scanned PDF and a PNG (Fixtures/forms, made once by Fixtures/make-forms.sh): the four readable files give
/// the same articles and forms, the scan and the image are named, and the run exits 3.
/// </summary>
public sealed class FormsFolderTests
{
    private static readonly string[] Readable = ["tenken-inkan.docx", "tenken-inkan.html", "tenken-inkan.pdf", "tenken-inkan.txt"];

    private static string Normalised(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public async Task Every_readable_format_gives_the_same_articles_and_forms_and_the_unreadable_files_are_named()
    {
        var dir = Support.Tenken.TempFolder();
        var folder = Support.Tenken.Fixture("forms");
        var result = await Support.Tenken.RunAsync("scan", folder, "-o", $"{dir}/review.json", "-o", $"{dir}/review.csv", "-o", $"{dir}/review.xlsx", "-o", $"{dir}/overview.html");

        Assert.Equal(3, result.ExitCode);
        Assert.Matches(@"tenken-inkan-scan\.pdf:0: エラー: 文字情報のないPDF", result.Stderr);
        Assert.Matches(@"tenken-inkan-scan\.png:0: エラー: 画像ファイル（PNG）", result.Stderr);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync($"{dir}/review.json", TestContext.Current.CancellationToken));
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("run").GetProperty("filesRead").GetInt32());
        Assert.Equal(2, root.GetProperty("run").GetProperty("filesFailed").GetInt32());
        Assert.Equal(["tenken-inkan-scan.pdf", "tenken-inkan-scan.png"],
            root.GetProperty("summary").GetProperty("filesWithErrors").EnumerateArray().Select(f => Path.GetFileName(f.GetString()!)).Order());

        var bySource = root.GetProperty("articles").EnumerateArray()
            .GroupBy(a => Path.GetFileName(a.GetProperty("source").GetString()!))
            .ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(Readable, bySource.Keys.Order());
        var expectedKeys = new[] { "1", "2", "3", "4", "5", "様式第1号", "様式第2号" }.Select(k => "tenken-inkan#" + k);
        var reference = bySource["tenken-inkan.txt"];
        foreach (var file in Readable)
        {
            var units = bySource[file];
            Assert.Equal(expectedKeys, units.Select(a => a.GetProperty("key").GetString()));
            Assert.Equal(reference.Select(a => Normalised(a.GetProperty("text").GetString()!)), units.Select(a => Normalised(a.GetProperty("text").GetString()!)));
            Assert.Equal(["本則", "本則", "本則", "本則", "本則", "様式", "様式"], units.Select(a => a.GetProperty("provision").GetString()));

            var form1 = units.Single(a => a.GetProperty("key").GetString() == "tenken-inkan#様式第1号");
            Assert.Equal(["SEAL"], form1.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
            var cue = form1.GetProperty("findings")[0].GetProperty("cues")[0].GetProperty("text").GetString()!;
            Assert.True(cue.StartsWith("氏名", StringComparison.Ordinal) && cue.EndsWith('印'), $"{file}: seal box cue 「{cue}」");
            Assert.Equal("tenken-inkan#2", form1.GetProperty("related")[0].GetProperty("key").GetString());

            var form2 = units.Single(a => a.GetProperty("key").GetString() == "tenken-inkan#様式第2号");
            Assert.Empty(form2.GetProperty("findings").EnumerateArray());

            var application = units.Single(a => a.GetProperty("key").GetString() == "tenken-inkan#2");
            Assert.Contains("PAPER", application.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("様式第1号", application.GetProperty("related")[0].GetProperty("label").GetString());
        }

        // The review list shows the form beside the article that names it, and the article beside its form.
        var csv = Rfc4180.Parse(await File.ReadAllTextAsync($"{dir}/review.csv", TestContext.Current.CancellationToken));
        var related = csv[0].IndexOf("関連する条・様式");
        Assert.True(related > csv[0].IndexOf("条文"), string.Join(",", csv[0]));
        var rows = csv.Skip(1).ToDictionary(r => r[0] + "@" + r[^1], r => r);
        Assert.All(rows.Where(r => r.Key.StartsWith("tenken-inkan#様式第1号:SEAL@", StringComparison.Ordinal)), r => Assert.Equal("第2条", r.Value[related]));
        Assert.All(rows.Where(r => r.Key.StartsWith("tenken-inkan#2:PAPER@", StringComparison.Ordinal)), r => Assert.Equal("様式第1号", r.Value[related]));
        Assert.Equal(4, rows.Count(r => r.Key.StartsWith("tenken-inkan#様式第1号:SEAL@", StringComparison.Ordinal)));
        Assert.DoesNotContain(rows.Keys, k => k.StartsWith("tenken-inkan#様式第2号:", StringComparison.Ordinal));

        var xlsx = new XlsxPackage(await File.ReadAllBytesAsync($"{dir}/review.xlsx", TestContext.Current.CancellationToken));
        var h = xlsx.Headers("点検結果");
        var sealRows = xlsx.Rows("点検結果").Skip(1).Where(r => xlsx.CellText(r.Cells[h["ID"]]) == "tenken-inkan#様式第1号:SEAL").ToList();
        Assert.Equal(4, sealRows.Count);
        Assert.All(sealRows, r => Assert.Equal("第2条", xlsx.CellText(r.Cells[h["関連する条・様式"]])));

        var html = await File.ReadAllTextAsync($"{dir}/overview.html", TestContext.Current.CancellationToken);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(html, "<tr id=\"tenken-inkan#様式第1号:SEAL\"[^>]*><td>[^<]*<div[^>]*>[^<]*</div></td><td>様式第1号<div class=\"small\">（第2条関係）</div><div class=\"small\">関連: 第2条</div>"));
    }
}
