namespace Tenken.Core.Structure.Building;

/// <summary>
/// 見出し on a line of their own: held until the next line shows what they head. A 見出し over a run of articles (one
/// （手数料） over 第5条 and 第6条) is repeated on each until another 見出し, a division or a 附則.
/// </summary>
/// <remarks>
/// A held line not followed by its 条 is kept, so nothing is lost. Standing alone (before another 見出し, a division,
/// 附則 or the end) it is a note of the article above, such as （罰則　第百十九条…）, and becomes a trailing unnumbered
/// 項 as in e-Gov; before text or an item it is part of that text.
/// </remarks>
internal sealed class CaptionStep(BuildContext context)
{
    private ClassifiedLine? _pending;
    private string? _run;

    public bool IsPending => _pending is not null;

    public void Hold(ClassifiedLine line)
    {
        Flush(standingAlone: true);
        _pending = line;
        // （罰則　第百十九条…） after an article is a note on it, never the 見出し of the next one.
        if (line.Text.AsSpan(1).StartsWith("罰則　") || line.Text.AsSpan(1).StartsWith("罰則 "))
            Flush(standingAlone: true);
    }

    /// <summary>
    /// The 見出し of an article: its own (on the article line or held), else the run's; a 削除 article without
    /// one ends the run.
    /// </summary>
    public string? ForArticle(ClassifiedLine line, bool deleted)
    {
        var caption = line.Caption ?? _pending?.Text;
        _pending = null;
        if (caption is not null)
            _run = caption;
        else if (deleted)
            _run = null;
        else
            caption = _run;
        return caption;
    }

    /// <summary>The held 見出し of a 項 (a 附則 of paragraphs with 見出し), taken; null when none.</summary>
    public string? ForParagraph()
    {
        var caption = _pending?.Text;
        _pending = null;
        return caption;
    }

    /// <summary>A division or a 附則 ends the run of a shared 見出し.</summary>
    public void EndRun() => _run = null;

    /// <summary>Places a held line that no article took: see the remarks.</summary>
    public void Flush(bool standingAlone = false)
    {
        if (_pending is not { } caption)
            return;
        _pending = null;
        if (standingAlone && context.Article is { } article)
        {
            context.AddParagraph(article, caption.LineNumber).Text.Append(caption.Text);
            return;
        }
        context.Warn(caption, $"見出し {BuildContext.Short(caption.Text)} の次に条がありません（直前の条文の一部として扱いました）。", "TK2007");
        context.EnsureTarget(caption).Continue(caption.Text);
    }
}
