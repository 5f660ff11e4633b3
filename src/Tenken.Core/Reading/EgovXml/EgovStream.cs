using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>
/// Forward-only walking helpers over an <see cref="XmlReader"/>: the e-Gov tree is read in one pass without
/// building a DOM (a whole-document XDocument was most of the parse time). Blocks that are rare and irregular
/// (tables, lists, appendices) are loaded as small <see cref="XElement"/> subtrees instead.
/// </summary>
internal sealed class EgovStream(XmlReader reader)
{
    private readonly IXmlLineInfo? _lines = reader as IXmlLineInfo;
    private readonly StringBuilder _text = new();

    public string Name => reader.LocalName;

    public int Line => _lines?.LineNumber ?? 0;

    public string? Attribute(string name) => reader.GetAttribute(name);

    /// <summary>Moves to the document's root element; false when there is none.</summary>
    public bool MoveToRoot() => reader.MoveToContent() == XmlNodeType.Element;

    /// <summary>
    /// Calls <paramref name="child"/> for each child element of the current element; the callback must consume
    /// the child (read it, <see cref="Skip"/> it or load it). Leaves the reader after the current element.
    /// </summary>
    public void ForEachChild(Action<string> child)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
                child(reader.LocalName);
            else if (!reader.Read())
                throw new XmlException("要素の途中でファイルが終わっています。", null, Line, 0);
        }
        reader.Read();
    }

    public void Skip() => reader.Skip();

    public XElement LoadSubtree() => (XElement)XNode.ReadFrom(reader);

    /// <summary>Reads the current element's text content, ruby readings (Rt) left out, and consumes it.</summary>
    public string ReadInline()
    {
        _text.Clear();
        AppendInline(_text);
        return _text.ToString();
    }

    /// <summary>Appends the current element's text (Rt left out) and consumes the element.</summary>
    public void AppendInline(StringBuilder sb)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "Rt":
                    reader.Skip();
                    continue;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    EgovText.AppendTrimmedNewlines(sb, reader.Value);
                    break;
            }
            if (!reader.Read())
                throw new XmlException("要素の途中でファイルが終わっています。", null, Line, 0);
        }
        reader.Read();
    }
}
