using System.Text;
using System.Xml.Linq;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>Text of e-Gov inline content loaded as XML (tables, appendices): every text node except ruby readings (Rt).</summary>
internal static class EgovText
{
    public static string Inline(XElement? element)
    {
        if (element is null)
            return "";
        var sb = new StringBuilder();
        Append(sb, element);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    AppendTrimmedNewlines(sb, text.Value);
                    break;
                case XElement child when child.Name.LocalName != "Rt":
                    Append(sb, child);
                    break;
            }
        }
    }

    // Pretty-printed XML puts newlines and indentation between elements; they are not part of the law's text.
    public static void AppendTrimmedNewlines(StringBuilder sb, string value)
    {
        if (value.IndexOf('\n') < 0)
        {
            sb.Append(value);
            return;
        }
        if (string.IsNullOrWhiteSpace(value))
            return;
        foreach (var ch in value)
        {
            if (ch is not ('\n' or '\r'))
                sb.Append(ch);
        }
    }
}
