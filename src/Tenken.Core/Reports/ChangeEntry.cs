namespace Tenken.Core.Reports;

/// <summary>One article that is new, changed or gone since the previous run (差分).</summary>
public sealed record ChangeEntry(ChangeKind Kind, string ArticleKey, string DocumentTitle, string ArticleTitle, string Summary);

/// <summary>新規, 変更, 削除 in the 差分 sheet.</summary>
public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}
