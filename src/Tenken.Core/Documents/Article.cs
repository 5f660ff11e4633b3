namespace Tenken.Core.Documents;

/// <summary>
/// One 条 with its 項 and 号. <see cref="Text"/> is the article's full text in reading order and is the
/// coordinate system for every cue span the screening reports.
/// </summary>
public sealed class Article
{
    private string? _text;

    /// <summary>Stable key: <c>&lt;document-id&gt;#&lt;Num&gt;</c> in the main provision; see <see cref="ArticleKeys"/> for 附則.</summary>
    public required string Key { get; init; }

    public required string DocumentId { get; init; }

    /// <summary>e-Gov style number: 第十条の二 is <c>10_2</c>; a range of deleted articles is <c>5:7</c>.</summary>
    public required string Num { get; init; }

    /// <summary>The article's own heading as printed, e.g. 第十条の二 (empty for an unnumbered 附則 paragraph block).</summary>
    public string Title { get; init; } = "";

    /// <summary>見出し such as （目的）, also when it is shared by a run of articles; null when none.</summary>
    public string? Caption { get; init; }

    public ProvisionKind Provision { get; init; } = ProvisionKind.Main;

    /// <summary>For 附則 articles: the label of the 附則 as printed, e.g. 附　則（平成一一年法律第八七号）.</summary>
    public string? SupplementaryLabel { get; init; }

    /// <summary>Headings of the 編/章/節/款/目 that contain the article, outermost first.</summary>
    public IReadOnlyList<string> Divisions { get; init; } = [];

    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>True for 削除 articles.</summary>
    public bool Deleted { get; init; }

    /// <summary>1-based line (or row) in the source where the article starts; 0 when the format has no lines.</summary>
    public int Line { get; init; }

    /// <summary>
    /// Full text: the first paragraph's sentences, then each further paragraph on a new line prefixed by its
    /// number and a full-width space, each item on a new line indented two spaces per level.
    /// </summary>
    public string Text => _text ??= ArticleText.Render(Paragraphs);
}
