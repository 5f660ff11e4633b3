namespace Tenken.Core.Structure.Building;

/// <summary>
/// Starts each 附則: it closes the article above, stands outside every division, and numbers its own articles. Its
/// label takes the number printed on the next line (附　則 / （平成20年3月31日規則第5号）).
/// </summary>
internal sealed class SupplementaryStep(BuildContext context, CaptionStep captions, ArticleStep articles)
{
    private bool _justStarted;

    public void Start(ClassifiedLine line)
    {
        captions.Flush(standingAlone: true);
        context.CloseArticle();
        context.SupplementaryIndex++;
        context.SupplementaryLabel = line.Label;
        context.Divisions.Clear();
        captions.EndRun();
        articles.RestartNumbering();
        _justStarted = true;
    }

    /// <summary>Called with every body line: takes the number line right after a 附則 heading into its label.</summary>
    public bool TakeNumber(ClassifiedLine line)
    {
        var justStarted = _justStarted;
        _justStarted = false;
        if (!justStarted || line.Kind != LineKind.Number || context.SupplementaryLabel is null)
            return false;
        context.SupplementaryLabel += line.Text;
        _justStarted = true;
        return true;
    }
}
