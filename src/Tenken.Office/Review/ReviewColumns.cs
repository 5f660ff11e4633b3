using Columns = Tenken.Core.Reports.Columns.ReviewColumns;

namespace Tenken.Office.Review;

/// <summary>The sheet and header texts the review round-trip relies on: the same constants the workbook writer uses.</summary>
public static class ReviewColumns
{
    public const string Sheet = Reports.Xlsx.FindingsSheet.Name;
    public const string Id = Columns.Id;
    public const string ArticleKey = Columns.ArticleKey;
    public const string Verdict = Columns.Verdict;
    public const string Reviewer = Columns.Reviewer;
    public const string Note = Columns.Note;

    public static IReadOnlyList<string> Required { get; } = [Id, ArticleKey, Verdict, Reviewer, Note];
}
