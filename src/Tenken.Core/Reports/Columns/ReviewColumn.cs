namespace Tenken.Core.Reports.Columns;

/// <summary>How a column's values are written and shown.</summary>
public enum ColumnKind
{
    /// <summary>Short text on one line.</summary>
    Text,
    /// <summary>Text that wraps in a wide column.</summary>
    LongText,
    /// <summary>The article text, with the finding's cue spans marked.</summary>
    ArticleText,
    /// <summary>A number (written as a number cell in the workbook).</summary>
    Number,
    /// <summary>A reviewer's entry chosen from <see cref="ReviewColumn.Choices"/> (a drop-down in the workbook).</summary>
    Choice,
    /// <summary>Free text a reviewer fills in.</summary>
    Entry,
}

/// <summary>
/// A column of the review list (洗い出し様式): its Japanese header, the width in Excel character units, its kind
/// and how to get the value of a row. The workbook and the CSV use the same columns in the same order.
/// </summary>
public sealed record ReviewColumn(string Header, double Width, ColumnKind Kind, Func<FindingRow, string> Value)
{
    /// <summary>The number behind a <see cref="ColumnKind.Number"/> column (null leaves the cell empty).</summary>
    public Func<FindingRow, double?>? Number { get; init; }

    /// <summary>The allowed entries of a <see cref="ColumnKind.Choice"/> column.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}
