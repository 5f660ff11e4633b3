using Tenken.Core.Documents;

namespace Tenken.Core.Drafting.Units;

/// <summary>
/// A copy of an article whose 見出し, 項 and items can be edited; <see cref="ToArticle"/> gives the amended article, whose
/// <see cref="Article.Text"/> has the same layout as the original.
/// </summary>
public sealed class AmendableArticle
{
    public AmendableArticle(Article source)
    {
        Source = source;
        Caption = source.Caption;
        Paragraphs = [.. source.Paragraphs.Select(UnitNode.Of)];
    }

    public Article Source { get; }

    public string? Caption { get; set; }

    public List<UnitNode> Paragraphs { get; }

    public Article ToArticle() => new()
    {
        Key = Source.Key,
        DocumentId = Source.DocumentId,
        Num = Source.Num,
        Title = Source.Title,
        Caption = Caption,
        Provision = Source.Provision,
        SupplementaryLabel = Source.SupplementaryLabel,
        Divisions = Source.Divisions,
        Paragraphs = [.. Paragraphs.Select(p => p.ToParagraph())],
        Deleted = Source.Deleted,
        Line = Source.Line,
    };
}
