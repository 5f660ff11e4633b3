namespace Tenken.Core.Structure.Building;

/// <summary>
/// The appended blocks (別表, 様式, 別記 …): a heading in the body closes the article above and opens a block, which
/// takes every line until the next heading, a 附則, or a 条 that continues the numbering.
/// </summary>
internal sealed class AppendixStep(BuildContext context, CaptionStep captions, ArticleStep articles)
{
    public void Open(ClassifiedLine heading)
    {
        captions.Flush(standingAlone: true);
        context.CloseArticle();
        context.Appendices.Start(heading);
    }

    /// <summary>Takes a line while a block is open; false when the line ends the block and belongs to the body.</summary>
    public bool Take(ClassifiedLine line)
    {
        switch (line.Kind)
        {
            case LineKind.Appendix:
                context.Appendices.Start(line);
                return true;
            case LineKind.Supplementary:
                context.Appendices.Close();
                return false;
            case LineKind.Article when articles.ContinuesNumbering(line):
                context.Appendices.Close();
                return false;
            default:
                context.Appendices.Append(line);
                return true;
        }
    }
}
