using System.Text;
using System.Xml.Linq;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>Text of e-Gov inline content: every text node except ruby readings (Rt).</summary>
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

    public static void Append(StringBuilder sb, XElement element)
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

    /// <summary>Text of a sentence container (ParagraphSentence, ItemSentence…): Sentences joined, Columns joined by a full-width space.</summary>
    public static string Sentences(XElement? container)
    {
        if (container is null)
            return "";
        var sb = new StringBuilder();
        var first = true;
        foreach (var child in container.Elements())
        {
            if (child.Name.LocalName == "Column")
            {
                if (!first)
                    sb.Append('　');
                Append(sb, child);
            }
            else
            {
                Append(sb, child);
            }
            first = false;
        }
        return sb.ToString().Trim(' ', '\t', '\r', '\n');
    }
}
