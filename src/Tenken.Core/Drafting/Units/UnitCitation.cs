using Tenken.Core.Drafting.Numbering;

namespace Tenken.Core.Drafting.Units;

/// <summary>
/// Writes a <see cref="UnitPath"/> the way a 改め文 cites it, in the document's numerals: 第三条第二項第一号イ,
/// 第3条第2項各号列記以外の部分; after an earlier citation in the same sentence, 同条第３項 / 同項第２号 / 同号イ.
/// </summary>
public static class UnitCitation
{
    public static string Format(UnitPath path, NumeralStyle style, UnitPath? previous = null) =>
        Head(path, style, previous) + PartSuffix(path.Part);

    private static string Head(UnitPath path, NumeralStyle style, UnitPath? previous)
    {
        if (previous is not null && previous.Article == path.Article && previous.Supplementary == path.Supplementary)
        {
            if (path.Paragraph > 0 && previous.Paragraph == path.Paragraph)
            {
                if (path.Items.Count > 1 && previous.Items.Count > 0 && ItemLabels.Same(previous.Items[0], path.Items[0]))
                    return "同号" + string.Concat(path.Items.Skip(1));
                return "同項" + Items(path.Items, style);
            }
            if (path.Paragraph == 0 && previous.Paragraph == 0 && path.Items.Count > 1 && previous.Items.Count > 0 &&
                ItemLabels.Same(previous.Items[0], path.Items[0]))
                return "同号" + string.Concat(path.Items.Skip(1));
            return "同条" + Paragraph(path, style) + Items(path.Items, style);
        }
        var article = path.Article.Length > 0 ? style.Label(path.Article, '条') : "";
        return (path.Supplementary ? "附則" : "") + article + Paragraph(path, style) + Items(path.Items, style);
    }

    private static string Paragraph(UnitPath path, NumeralStyle style) =>
        path.Paragraph > 0 ? "第" + style.Format(path.Paragraph) + "項" : "";

    private static string Items(IReadOnlyList<string> items, NumeralStyle style)
    {
        if (items.Count == 0)
            return "";
        var first = IsNum(items[0]) ? style.Label(items[0], '号') : items[0];
        return first + string.Concat(items.Skip(1));
    }

    /// <summary>An e-Gov Num (digits with _ branches), as opposed to a printed label such as ア.</summary>
    public static bool IsNum(string label) =>
        label.Length > 0 && label.All(c => c is (>= '0' and <= '9') or '_') && label[0] != '_';

    private static string PartSuffix(UnitPart part) => part switch
    {
        UnitPart.Heading => "の見出し",
        UnitPart.WithHeading => "（見出しを含む。）",
        UnitPart.Lead => "各号列記以外の部分",
        UnitPart.Body => "本文",
        UnitPart.Proviso => "ただし書",
        UnitPart.First => "前段",
        UnitPart.Second => "後段",
        _ => "",
    };
}
