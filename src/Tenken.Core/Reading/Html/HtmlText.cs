using System.Text;
using AngleSharp.Dom;

namespace Tenken.Core.Reading.Html;

/// <summary>Text of HTML nodes with the source's layout whitespace collapsed (full-width spaces are text and kept).</summary>
internal static class HtmlText
{
    public static string Of(INode node) => Collapse(node.TextContent);

    public static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\u00A0')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0 && NeedsSpace(sb[^1], c))
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // Layout whitespace between Japanese characters is not a space in the text; between Latin words it is.
    private static bool NeedsSpace(char before, char after) => before < 0x3000 && after < 0x3000;

    public static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 0;

    /// <summary>The cells of a table row joined by a full-width space, empty cells dropped.</summary>
    public static string Row(IElement row) =>
        string.Join("　", row.Children.Where(c => c.LocalName is "td" or "th").Select(Of).Where(t => t.Length > 0));
}
