namespace Tenken.Core.Documents;

/// <summary>
/// One ordinance, rule or Act as read from a source: its identity, its articles in reading order
/// (main provision first, then every 附則, with the 様式 and 別表 units where they stand) and its other appended blocks.
/// </summary>
public sealed record OrdinanceDocument
{
    /// <summary>Stable id; for a file it is the file name without extension (e.g. <c>322AC0000000067</c>).</summary>
    public required string Id { get; init; }

    /// <summary>例規名 or 法令名.</summary>
    public required string Title { get; init; }

    /// <summary>例規種別: 条例, 規則, 規程, 要綱, 法律, 政令… (empty when unknown).</summary>
    public string Kind { get; init; } = "";

    /// <summary>例規番号 or 法令番号, e.g. <c>条例第25号</c> or <c>昭和二十二年法律第六十七号</c>.</summary>
    public string? Number { get; init; }

    /// <summary>所管課 when the source names it (a spreadsheet column); null otherwise.</summary>
    public string? Department { get; init; }

    /// <summary>Path of the file the document was read from.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The reader that produced it: egov-xml, text, reiki-base, html, docx, xlsx, csv.</summary>
    public required string Format { get; init; }

    public IReadOnlyList<Article> Articles { get; init; } = [];

    /// <summary>別記, 別図, 別紙, 付録 and a 前文, kept as text (様式 and 別表 are units among <see cref="Articles"/>).</summary>
    public IReadOnlyList<Appendix> Appendices { get; init; } = [];
}
