using System.Text.Json;

namespace Tenken.Cli.Tests.Project;

/// <summary>様式 units in a project: stored in the document snapshot, reused unchanged on a rescan, and a reviewer's decision on a form's SEAL finding carried forward.</summary>
public sealed class FormUnitsProjectTests
{
    [Fact]
    public async Task A_rescan_reuses_the_stored_forms_and_keeps_the_decision_on_the_seal_box()
    {
        var dir = Support.Tenken.TempFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(dir, "reiki")).FullName;
        File.Copy(Path.Combine(Support.Tenken.Fixture("forms"), "tenken-inkan.txt"), Path.Combine(inputs, "tenken-inkan.txt"));
        var project = Path.Combine(dir, "p.tenken");
        var workbook = Path.Combine(dir, "review.xlsx");
        var first = await Support.Tenken.RunAsync("scan", "--project", project, inputs, "-o", workbook, "-o", Path.Combine(dir, "first.json"));
        Assert.True(first.ExitCode == 0, first.Stderr);
        const string seal = "tenken-inkan#様式第1号:SEAL";
        using (var editor = new WorkbookEditor(workbook))
        {
            Assert.Contains(seal, editor.Ids());
            editor.Set(seal, "判定", "該当");
            editor.Set(seal, "備考", "押印欄を削る");
        }
        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project, "--reviewer", "山田");
        Assert.True(import.ExitCode == 0, import.Stderr);

        var json = Path.Combine(dir, "second.json");
        var rescan = await Support.Tenken.RunAsync("scan", "--project", project, inputs, "-o", json);
        Assert.True(rescan.ExitCode == 0, rescan.Stderr);
        Assert.Equal("0\t7", StoreDump.Rows(project, "SELECT screened, reused FROM runs ORDER BY id DESC LIMIT 1").Single());

        using var before = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(dir, "first.json"), TestContext.Current.CancellationToken));
        using var after = JsonDocument.Parse(await File.ReadAllBytesAsync(json, TestContext.Current.CancellationToken));
        static IEnumerable<string> Units(JsonDocument d) => d.RootElement.GetProperty("articles").EnumerateArray()
            .Select(a => $"{a.GetProperty("key").GetString()} {a.GetProperty("provision").GetString()} {a.GetProperty("text").GetString()}");
        Assert.Equal(Units(before), Units(after));
        var finding = after.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("id").GetString() == seal);
        Assert.Equal("該当", finding.GetProperty("decision").GetProperty("verdict").GetString());
        Assert.Equal("押印欄を削る", finding.GetProperty("decision").GetProperty("note").GetString());
        Assert.False(finding.GetProperty("decision").GetProperty("conflict").GetBoolean());
    }
}
