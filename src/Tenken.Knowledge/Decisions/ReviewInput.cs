namespace Tenken.Knowledge.Decisions;

/// <summary>One filled row of a review list: the finding id and article key it names, the raw 判定/担当者/備考 and where it is (e.g. 点検結果!C12).</summary>
public sealed record ReviewInput(string FindingId, string ArticleKey, string Verdict, string Reviewer, string Note, string Place, string VerdictPlace);
