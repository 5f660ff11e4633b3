namespace Tenken.Office.Review;

/// <summary>The filled rows of a review workbook's 点検結果 sheet, as plain text, with where each came from.</summary>
public sealed record ReviewSheet(string File, string Sheet, IReadOnlyList<ReviewRow> Rows);

/// <summary>
/// One data row: the finding id (ID), the article key (条文キー) and what staff wrote in 判定 / 担当者 / 備考.
/// <see cref="Row"/> is the 1-based sheet row; <see cref="VerdictCell"/> is the 判定 cell's reference (e.g. H12).
/// </summary>
public sealed record ReviewRow(int Row, string Id, string ArticleKey, string Verdict, string Reviewer, string Note, string VerdictCell);
