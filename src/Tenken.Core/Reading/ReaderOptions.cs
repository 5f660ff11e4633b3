namespace Tenken.Core.Reading;

/// <summary>Options that change what the readers emit.</summary>
public sealed record ReaderOptions
{
    /// <summary>
    /// Also emit 附則 that consist of paragraphs only (no 条) as one unit each, keyed <c>&lt;doc&gt;#附則&lt;n&gt;</c>.
    /// Off by default so that one unit is one 条.
    /// </summary>
    public bool IncludeSupplementaryParagraphs { get; init; }

    /// <summary>Files larger than this are refused with a diagnostic (default 200 MB).</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Files read in parallel; 0 means one per processor.</summary>
    public int MaxParallelism { get; init; }

    public static ReaderOptions Default { get; } = new();
}
