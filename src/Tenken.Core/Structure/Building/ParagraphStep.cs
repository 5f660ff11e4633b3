using System.Globalization;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Starts a 項: numbered as printed (a number out of order is warned about), or the next number when unnumbered.
/// Outside any 条 it opens the unit that holds paragraphs (a 附則 or a 本則 without 条).
/// </summary>
internal sealed class ParagraphStep(BuildContext context, CaptionStep captions)
{
    public void Start(ClassifiedLine line)
    {
        var caption = captions.ForParagraph();
        var article = context.Article ?? context.StartUnit(line);
        var next = (article.Paragraphs.Count + 1).ToString(CultureInfo.InvariantCulture);
        if (line.Num.Length > 0 && line.Num != next)
            context.Warn(line, $"項番号 {line.Label} が順番どおりではありません（{article.Title} の{next}番目の項）。", "TK2003");
        var paragraph = new ParagraphDraft(line.Num.Length == 0 ? next : line.Num, line.Label, line.LineNumber) { Caption = caption };
        paragraph.Text.Append(line.Body);
        article.Paragraphs.Add(paragraph);
        context.Target = paragraph;
    }
}
