namespace Tenken.Office.Review;

/// <summary>The sheet and header texts the review round-trip relies on; the workbook writer uses the same texts.</summary>
public static class ReviewColumns
{
    public const string Sheet = "点検結果";
    public const string Id = "ID";
    public const string ArticleKey = "条文キー";
    public const string Verdict = "判定";
    public const string Reviewer = "担当者";
    public const string Note = "備考";

    public static IReadOnlyList<string> Required { get; } = [Id, ArticleKey, Verdict, Reviewer, Note];
}
