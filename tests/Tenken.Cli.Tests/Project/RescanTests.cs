using System.Text.Json;
using Tenken.Office.Review;

namespace Tenken.Cli.Tests.Project;

/// <summary>A rescan after the ordinances changed: only new or changed articles are screened, 差分 lists what changed, decisions carry forward with conflicts flagged.</summary>
public sealed class RescanTests
{
    private const string Before = "○○町手数料条例\n\n（目的）\n第一条　この条例は、手数料について定める。\n（申請）\n第二条　申請者は、申請書に記名押印し、町長に提出しなければならない。\n（掲示）\n第三条　許可証は、事業所の見やすい場所に掲示しなければならない。\n";
    private const string After = "○○町手数料条例\n\n（目的）\n第一条　この条例は、手数料について定める。\n（申請）\n第二条　申請者は、申請書に記名押印し、速やかに町長に提出しなければならない。\n（出頭）\n第四条　町長は、必要があると認めるときは、申請者に出頭を求めることができる。\n";
    private const string Other = "△△町規則\n\n第一条　届出は、書面により行わなければならない。\n";

    [Fact]
    public async Task Rescreens_only_changed_articles_reports_the_changes_and_flags_the_changed_decision()
    {
        var dir = Support.Tenken.TempFolder();
        var inputs = Directory.CreateDirectory(Path.Combine(dir, "reiki")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inputs, "tesuryo.txt"), Before, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(inputs, "todoke.txt"), Other, TestContext.Current.CancellationToken);
        var project = Path.Combine(dir, "p.tenken");
        var workbook = Path.Combine(dir, "review.xlsx");
        var first = await Support.Tenken.RunAsync("scan", "--project", project, inputs, "-o", workbook);
        Assert.True(first.ExitCode == 0, first.Stderr);

        string decided;
        using (var editor = new WorkbookEditor(workbook))
        {
            decided = editor.Ids().First(id => id.StartsWith("tesuryo#2:", StringComparison.Ordinal));
            editor.Set(decided, "判定", "該当");
        }
        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project, "--reviewer", "山田");
        Assert.True(import.ExitCode == 0, import.Stderr);

        await File.WriteAllTextAsync(Path.Combine(inputs, "tesuryo.txt"), After, TestContext.Current.CancellationToken);
        File.Delete(Path.Combine(inputs, "todoke.txt"));
        var next = Path.Combine(dir, "review2.xlsx");
        var json = Path.Combine(dir, "review2.json");
        var rescan = await Support.Tenken.RunAsync("scan", "--project", project, inputs, "-o", next, "-o", json);
        Assert.True(rescan.ExitCode == 0, rescan.Stderr);
        Assert.Contains("差分: 新規 1・変更 1・削除 2", rescan.Stderr);
        Assert.Equal("2\t1", StoreDump.Rows(project, "SELECT screened, reused FROM runs ORDER BY id DESC LIMIT 1").Single());

        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(json, TestContext.Current.CancellationToken));
        var finding = report.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("id").GetString() == decided);
        Assert.Equal("該当", finding.GetProperty("decision").GetProperty("verdict").GetString());
        Assert.True(finding.GetProperty("decision").GetProperty("conflict").GetBoolean());

        var changes = Sheet(next, "差分");
        Assert.Equal(
            ["tesuryo#2", "tesuryo#3", "tesuryo#4", "todoke#1"],
            changes.Skip(1).Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.Equal("山田", ReviewWorkbookReader.Read(next).Rows.Single(r => r.Id == decided).Reviewer);
    }

    /// <summary>The cell texts of every row of a sheet, by column order.</summary>
    private static List<List<string>> Sheet(string path, string name)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name);
        var part = (DocumentFormat.OpenXml.Packaging.WorksheetPart)wb.GetPartById(sheet.Id!);
        var strings = wb.SharedStringTablePart?.SharedStringTable?.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return [.. part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c =>
            c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text)]
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }
}
