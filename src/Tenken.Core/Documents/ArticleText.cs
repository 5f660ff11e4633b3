using System.Text;

namespace Tenken.Core.Documents;

/// <summary>Renders an article's paragraphs to the canonical full text used for cue offsets.</summary>
public static class ArticleText
{
    public static string Render(IReadOnlyList<Paragraph> paragraphs)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Caption is { Length: > 0 })
            {
                NewLine(sb);
                sb.Append(p.Caption);
            }
            if (i > 0 || p.Caption is { Length: > 0 })
                NewLine(sb);
            if (p.NumText.Length > 0)
                sb.Append(p.NumText).Append('　');
            sb.Append(p.Text);
            AppendRows(sb, p.TableRows, 1);
            foreach (var item in p.Items)
                AppendItem(sb, item);
        }
        return sb.ToString();
    }

    private static void AppendItem(StringBuilder sb, Item item)
    {
        NewLine(sb);
        sb.Append(' ', 2 * item.Depth).Append(item.Title);
        if (item.Text.Length > 0)
            sb.Append('　').Append(item.Text);
        AppendRows(sb, item.TableRows, item.Depth + 1);
        foreach (var child in item.Children)
            AppendItem(sb, child);
    }

    private static void AppendRows(StringBuilder sb, IReadOnlyList<string> rows, int depth)
    {
        foreach (var row in rows)
        {
            NewLine(sb);
            sb.Append(' ', 2 * depth).Append(row);
        }
    }

    private static void NewLine(StringBuilder sb)
    {
        if (sb.Length > 0)
            sb.Append('\n');
    }
}
