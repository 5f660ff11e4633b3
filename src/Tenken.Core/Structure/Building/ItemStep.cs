namespace Tenken.Core.Structure.Building;

/// <summary>Adds a 号 or sub-item under the last 項 (<see cref="ItemLevels"/> decides its level).</summary>
internal sealed class ItemStep(BuildContext context)
{
    public void Add(ClassifiedLine line)
    {
        if (context.Article is null)
            context.Warn(line, $"条の前に号 {line.Label} があります。", "TK2001");
        var article = context.Article ?? context.StartUnit(line);
        if (article.Current is null)
            article.Paragraphs.Add(new ParagraphDraft("1", "", line.LineNumber));
        context.Target = article.Current!.Items.Add(line.Item!, line.Body, line.LineNumber);
    }
}
