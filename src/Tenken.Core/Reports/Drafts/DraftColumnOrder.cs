namespace Tenken.Core.Reports.Drafts;

/// <summary>The column order of the 新旧対照表: 改正後 | 改正前 (the default, as the Diet prints it) or 改正前 | 改正後.</summary>
public enum DraftColumnOrder
{
    AfterBefore,
    BeforeAfter,
}
