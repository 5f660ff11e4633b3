using Tenken.Core.Documents;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting.Planning;

/// <summary>How the drafter cites a 項 or item of an article: the <see cref="UnitPath"/> a 改め文 names it by.</summary>
internal static class NodeCitation
{
    /// <summary>The citation of a node: 項 only when the article has several; 各号列記以外の部分 for a 項 with items.</summary>
    public static UnitPath PathOf(Article article, AmendableArticle amendable, UnitNode node)
    {
        foreach (var (paragraph, index) in amendable.Paragraphs.Select((p, i) => (p, i)))
        {
            var chain = Chain(paragraph, node);
            if (chain is null)
                continue;
            // A 本則 written in 項 only has no 条 to cite, so its 項 is always named (第二項中…).
            var named = amendable.Paragraphs.Count > 1 || (article.Num.Length == 0 && article.Provision == ProvisionKind.Main);
            var number = named ? int.TryParse(paragraph.Paragraph!.Num, out var n) ? n : index + 1 : 0;
            return new UnitPath
            {
                Article = article.Num,
                Supplementary = article.Provision == ProvisionKind.Supplementary,
                Paragraph = number,
                Items = [.. chain.Select(ItemLabel)],
                Part = node == paragraph && node.Children.Count > 0 ? UnitPart.Lead : UnitPart.Whole,
            };
        }
        throw new InvalidOperationException("node not in article");
    }

    private static List<UnitNode>? Chain(UnitNode from, UnitNode target)
    {
        if (from == target)
            return [];
        foreach (var child in from.Children)
        {
            var rest = Chain(child, target);
            if (rest is not null)
                return [child, .. rest];
        }
        return null;
    }

    /// <summary>A 号 printed as a number is cited by its Num (第二号); other labels (イ, （１）) as printed.</summary>
    private static string ItemLabel(UnitNode node)
    {
        var item = node.Item!;
        var title = item.Title.Trim();
        var numeric = item.Depth == 1 && UnitCitation.IsNum(item.Num) && title.Length > 0 &&
            title.Trim('(', ')', '（', '）').All(c => char.IsDigit(c) || Numerals.KanjiNumeral.IsNumeralChar(c) || c == 'の' || (c >= '\u2474' && c <= '\u2487'));
        return numeric ? item.Num : title;
    }
}
