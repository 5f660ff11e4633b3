using System.CommandLine;
using Tenken.Cli.Shared;
using Tenken.Knowledge.Decisions;
using Tenken.Knowledge.Store;
using Tenken.Office.Review;

namespace Tenken.Cli.Review;

/// <summary><c>tenken review import FILE.xlsx --project P [--reviewer NAME]</c>: records the 判定 staff filled in Excel.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("workbook") { Description = "判定を記入した点検結果のブック（.xlsx）" };
        var project = ProjectOptions.Project(required: true);
        var reviewer = new Option<string?>("--reviewer", "-r") { Description = "担当者の欄が空の行に記録する担当者名" };
        var import = new Command("import", "点検結果のブックから 判定・担当者・備考 を読み取り、プロジェクトに記録します。次回の出力に引き継がれます。")
        {
            file, project, reviewer,
        };
        import.SetAction(result => Import(result.GetValue(file)!, result.GetValue(project)!, result.GetValue(reviewer) ?? ""));
        return new Command("review", "レビュー（職員の判定）をプロジェクトに取り込みます。") { import };
    }

    private static int Import(string path, string projectFile, string reviewer)
    {
        ReviewSheet sheet;
        try
        {
            sheet = ReviewWorkbookReader.Read(path);
        }
        catch (ReviewWorkbookException ex)
        {
            Console.Error.WriteLine($"tenken: {ex.Message}");
            Console.Error.WriteLine("tenken: 何も取り込んでいません（プロジェクトは変更されていません）。");
            return ExitCodes.Failure;
        }
        ReviewImportResult outcome;
        try
        {
            using var store = ProjectStore.Open(projectFile);
            var rows = sheet.Rows
                .Select(r => new ReviewInput(r.Id, r.ArticleKey, r.Verdict, r.Reviewer, r.Note, $"{Path.GetFileName(sheet.File)} {sheet.Sheet}!{r.Row}行目", $"{Path.GetFileName(sheet.File)} {sheet.Sheet}!{r.VerdictCell}"))
                .ToList();
            outcome = new DecisionBook(store).Import(rows, Path.GetFullPath(path), reviewer, DateTimeOffset.Now);
        }
        catch (ProjectStoreException ex)
        {
            throw new UsageException(ex.Message);
        }
        foreach (var problem in outcome.Problems)
            Console.Error.WriteLine($"警告: {problem}");
        Console.Error.WriteLine($"取り込み: 判定を記録 {outcome.Recorded:N0} 件、前回と同じ {outcome.Unchanged:N0} 件、判定が空欄 {outcome.Blank:N0} 行、取り込めなかった行 {outcome.Skipped:N0} 行");
        if (outcome.Conflicts > 0)
            Console.Error.WriteLine($"注意: 判定後に条文が変更された所見が {outcome.Conflicts:N0} 件あります（出力では「要再確認」として示されます）。");
        return outcome.Skipped > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }
}
