using System.Text.Json;
using Tenken.Office.Review;

namespace Tenken.Cli.Tests.Project;

/// <summary>
/// The review round trip end to end: scan into a project, edit the produced workbook as staff would (sort, fill
/// 判定, delete a row), import it, and the next export carries the decisions; a broken workbook changes nothing.
/// </summary>
public sealed class ReviewImportTests
{
    private static async Task<(string Dir, string Project, string Workbook)> ScanSamples()
    {
        var dir = Support.Tenken.TempFolder();
        var project = Path.Combine(dir, "katsuragi.tenken");
        var workbook = Path.Combine(dir, "review.xlsx");
        var scan = await Support.Tenken.RunAsync("scan", "-q", "--project", project, "--municipality", "かつらぎ町", "samples", "-o", workbook);
        Assert.True(scan.ExitCode == 0, scan.Stderr);
        return (dir, project, workbook);
    }

    [Fact]
    public async Task Imports_a_sorted_edited_workbook_with_a_deleted_row_and_the_next_export_carries_the_decisions()
    {
        var (dir, project, workbook) = await ScanSamples();
        List<string> ids;
        string deleted, applicable, notApplicable, discuss;
        using (var editor = new WorkbookEditor(workbook))
        {
            ids = editor.Ids();
            Assert.True(ids.Count >= 6, $"the samples gave only {ids.Count} findings");
            (applicable, notApplicable, discuss, deleted) = (ids[0], ids[1], ids[^1], ids[2]);
            editor.SortByIdDescending();
            Assert.NotEqual(ids, editor.Ids());
            editor.Set(applicable, "判定", "該当");
            editor.Set(applicable, "担当者", "山田");
            editor.Set(applicable, "備考", "電子申請を追加する");
            editor.Set(notApplicable, "判定", "非該当");
            editor.Set(discuss, "判定", "要検討");
            editor.DeleteRow(deleted);
        }

        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project, "--reviewer", "佐藤");
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("判定を記録 3 件", import.Stderr);

        Assert.Equal(
            ((string[])[$"{applicable}\t該当\t山田\t電子申請を追加する", $"{discuss}\t要検討\t佐藤\t", $"{notApplicable}\t非該当\t佐藤\t"]).Order(StringComparer.Ordinal),
            StoreDump.Rows(project, "SELECT finding_id, verdict, reviewer, note FROM decisions").Order(StringComparer.Ordinal));
        Assert.Equal(3, StoreDump.Count(project, "SELECT count(*) FROM kb_entries WHERE municipality = 'かつらぎ町'"));

        var next = Path.Combine(dir, "review2.xlsx");
        var json = Path.Combine(dir, "review2.json");
        var rescan = await Support.Tenken.RunAsync("scan", "-q", "--project", project, "samples", "-o", next, "-o", json);
        Assert.True(rescan.ExitCode == 0, rescan.Stderr);
        var rows = ReviewWorkbookReader.Read(next).Rows.ToDictionary(r => r.Id);
        Assert.Equal(ids.Count, rows.Count);
        Assert.Equal(("該当", "山田", "電子申請を追加する"), (rows[applicable].Verdict, rows[applicable].Reviewer, rows[applicable].Note));
        Assert.Equal(("非該当", "佐藤"), (rows[notApplicable].Verdict, rows[notApplicable].Reviewer));
        Assert.Equal("要検討", rows[discuss].Verdict);
        Assert.Equal("", rows[deleted].Verdict);
        Assert.Equal(ids.Count - 3, rows.Values.Count(r => r.Verdict.Length == 0));

        using var report = JsonDocument.Parse(await File.ReadAllBytesAsync(json, TestContext.Current.CancellationToken));
        var decided = report.RootElement.GetProperty("articles").EnumerateArray()
            .SelectMany(a => a.GetProperty("findings").EnumerateArray())
            .Where(f => f.TryGetProperty("decision", out _))
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("decision"));
        Assert.Equal(((string[])[applicable, discuss, notApplicable]).Order(StringComparer.Ordinal), decided.Keys.Order(StringComparer.Ordinal));
        Assert.False(decided[applicable].GetProperty("conflict").GetBoolean());

        var again = await Support.Tenken.RunAsync("review", "import", next, "--project", project);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("判定を記録 0 件、前回と同じ 3 件", again.Stderr);
    }

    [Fact]
    public async Task Reports_unknown_ids_without_failing_the_rest()
    {
        var (_, project, workbook) = await ScanSamples();
        using (var editor = new WorkbookEditor(workbook))
        {
            var id = editor.Ids()[0];
            editor.Set(id, "判定", "該当");
            editor.Set(editor.Ids()[1], "ID", "999XX#1:SEAL");
            editor.Set("999XX#1:SEAL", "判定", "非該当");
        }
        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project);
        Assert.Equal(3, import.ExitCode);
        Assert.Contains("999XX#1:SEAL", import.Stderr);
        Assert.Contains("判定を記録 1 件", import.Stderr);
        Assert.Equal(1, StoreDump.Count(project, "SELECT count(*) FROM decisions"));
    }

    public static TheoryData<string, string> Breakages => new()
    {
        { "truncated", "Excel ブック（.xlsx）として読めません" },
        { "not-a-zip", "Excel ブック（.xlsx）として読めません" },
        { "no-sheet", "シート「点検結果」がありません" },
        { "no-header", "見出し「判定」がありません" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task A_broken_workbook_gives_a_clear_error_and_changes_nothing(string breakage, string message)
    {
        var (_, project, workbook) = await ScanSamples();
        using (var editor = new WorkbookEditor(workbook))
            editor.Set(editor.Ids()[0], "判定", "該当");
        var first = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project);
        Assert.True(first.ExitCode == 0, first.Stderr);
        using (var editor = new WorkbookEditor(workbook))
            editor.Set(editor.Ids()[1], "判定", "非該当");
        var before = Snapshot(project);

        switch (breakage)
        {
            case "truncated":
                var bytes = await File.ReadAllBytesAsync(workbook, TestContext.Current.CancellationToken);
                await File.WriteAllBytesAsync(workbook, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);
                break;
            case "not-a-zip":
                await File.WriteAllTextAsync(workbook, "ID,判定\n1,該当\n", TestContext.Current.CancellationToken);
                break;
            case "no-sheet":
                using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(workbook, true))
                {
                    var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "点検結果");
                    sheet.Name = "Sheet1";
                    doc.WorkbookPart.Workbook.Save();
                }
                break;
            case "no-header":
                using (var editor = new WorkbookEditor(workbook))
                    editor.RenameHeader("判定", "判定結果");
                break;
        }

        var import = await Support.Tenken.RunAsync("review", "import", workbook, "--project", project);
        Assert.Equal(1, import.ExitCode);
        Assert.Contains(message, import.Stderr);
        Assert.Contains("review.xlsx", import.Stderr);
        Assert.Contains("変更されていません", import.Stderr);
        Assert.Equal(before, Snapshot(project));
    }

    private static string Snapshot(string project) => string.Join("\n",
        StoreDump.Rows(project, "SELECT * FROM decisions ORDER BY id").Concat(StoreDump.Rows(project, "SELECT * FROM kb_entries ORDER BY municipality, entry_key")));
}
