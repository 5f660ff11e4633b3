using System.Text.RegularExpressions;
using Tenken.Core.Structure.Lines;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Places a line that is neither heading nor label: a wrapped continuation, a table row, or an unnumbered 項.
/// </summary>
/// <remarks>
/// When the 条 numbers its 項 (a line "２　…" before the next 条), an unnumbered line is a wrapped continuation of the
/// line above. In old-style text without 項 numbers, an unnumbered line starts a new 項 only when the text above ends
/// a sentence (。), or the line is a sentence after a list of items, and it is not a proviso (ただし…, この場合において…);
/// otherwise it continues the sentence. A line with a tab or a wide gap after a finished sentence is a table row.
/// </remarks>
internal sealed partial class TextStep(BuildContext context, ParagraphStep paragraphs)
{
    public void Add(ClassifiedLine line)
    {
        if (context.Article is null || context.Target is null)
        {
            context.AddParagraph(context.Article ?? context.StartUnit(line), line.LineNumber).Text.Append(line.Text);
            return;
        }
        var node = context.Target;
        if (line.Source.Hint == LineHint.Continuation)
        {
            node.Continue(line.Text);
            return;
        }
        if ((node.Rows.Count > 0 || node.EndsSentence) && TableRowText(line.Text) is { } row)
        {
            node.Rows.Add(row);
            return;
        }
        // Old style: a sentence after a list of items (体言止め) is the next 項, as is a line after a finished sentence.
        var afterItems = node is ItemDraft && !node.EndsSentence && line.Text.EndsWith('。');
        if (!context.NumberedParagraphs && (node.EndsSentence || afterItems) && !IsProviso(line.Text))
        {
            paragraphs.Start(ParagraphLine.Unnumbered(line.Source, line.Text));
            return;
        }
        node.Continue(line.Text);
    }

    /// <summary>A line the reader marked as a table row: a row of whatever is open.</summary>
    public void AddRow(ClassifiedLine line) => context.EnsureTarget(line).Rows.Add(line.Text);

    private static bool IsProviso(string text) =>
        text.StartsWith("ただし", StringComparison.Ordinal) || text.StartsWith("但し", StringComparison.Ordinal) ||
        text.StartsWith("但シ", StringComparison.Ordinal) || text.StartsWith("この場合", StringComparison.Ordinal);

    // Cells separated by a tab or by two or more spaces, no sentence end: a table row, cells joined by a full-width space.
    private static string? TableRowText(string text)
    {
        if (text.Length > 400 || text.EndsWith('。'))
            return null;
        var cells = CellGap().Split(text);
        return cells.Length < 2 ? null : string.Join("　", cells.Select(c => c.Trim(' ', '　')).Where(c => c.Length > 0));
    }

    [GeneratedRegex(@"\t|[ 　]{2,}")]
    private static partial Regex CellGap();
}
