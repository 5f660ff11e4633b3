using Tenken.Core.Documents;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// A 条 being built; also the unit that holds 項 outside any 条 (a 附則 of paragraphs only, or a 本則 without 条),
/// marked <see cref="IsUnit"/>.
/// </summary>
internal sealed class ArticleDraft
{
    public required string Num { get; init; }

    public required string Title { get; init; }

    public string? Caption { get; init; }

    public bool IsUnit { get; init; }

    public int SupplementaryIndex { get; init; }

    public string? SupplementaryLabel { get; init; }

    public IReadOnlyList<string> Divisions { get; init; } = [];

    public int Line { get; init; }

    public List<ParagraphDraft> Paragraphs { get; } = [];

    public ParagraphDraft? Current => Paragraphs.Count > 0 ? Paragraphs[^1] : null;

    public Article Build(string documentId, string key)
    {
        var paragraphs = Paragraphs.Select(p => p.Build()).ToList();
        return new Article
        {
            Key = key,
            DocumentId = documentId,
            Num = Num,
            Title = Title,
            Caption = Caption,
            Provision = SupplementaryIndex > 0 ? ProvisionKind.Supplementary : ProvisionKind.Main,
            SupplementaryLabel = SupplementaryLabel,
            Divisions = Divisions,
            Paragraphs = paragraphs,
            Deleted = IsDeleted(paragraphs),
            Line = Line,
        };
    }

    public static bool IsDeleted(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.Count == 1 && paragraphs[0].Items.Count == 0 && paragraphs[0].TableRows.Count == 0 && paragraphs[0].Text.Trim() == "削除";
}
