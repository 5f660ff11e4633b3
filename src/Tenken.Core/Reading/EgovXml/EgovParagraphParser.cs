using System.Text;
using Tenken.Core.Documents;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>Reads Paragraph, Item and SubitemN elements (and their sentences) from the stream.</summary>
internal sealed class EgovParagraphParser(EgovStream xml)
{
    private readonly StringBuilder _sentences = new();

    public Paragraph ReadParagraph()
    {
        var num = xml.Attribute("Num") ?? "";
        var line = xml.Line;
        string numText = "", text = "";
        string? caption = null;
        List<Item>? items = null;
        List<string>? rows = null;
        xml.ForEachChild(name =>
        {
            switch (name)
            {
                case "ParagraphNum":
                    numText = xml.ReadInline().Trim();
                    break;
                case "ParagraphCaption":
                    caption = NullIfEmpty(xml.ReadInline().Trim());
                    break;
                case "ParagraphSentence":
                    text = ReadSentences();
                    break;
                case "Item":
                    (items ??= []).Add(ReadItem("Item", 1));
                    break;
                default:
                    (rows ??= []).AddRange(EgovBlocks.Rows(xml.LoadSubtree()));
                    break;
            }
        });
        return new Paragraph
        {
            Num = num,
            NumText = numText,
            Caption = caption,
            Text = text,
            Items = items ?? [],
            TableRows = rows ?? [],
            Line = line,
        };
    }

    private Item ReadItem(string name, int depth)
    {
        var childName = depth == 1 ? "Subitem1" : $"Subitem{depth}";
        var num = xml.Attribute("Num") ?? "";
        var line = xml.Line;
        string title = "", text = "";
        List<Item>? children = null;
        List<string>? rows = null;
        xml.ForEachChild(child =>
        {
            if (child == childName)
                (children ??= []).Add(ReadItem(childName, depth + 1));
            else if (child.Length == name.Length + 5 && child.StartsWith(name, StringComparison.Ordinal) && child.EndsWith("Title", StringComparison.Ordinal))
                title = xml.ReadInline().Trim();
            else if (child.Length == name.Length + 8 && child.StartsWith(name, StringComparison.Ordinal) && child.EndsWith("Sentence", StringComparison.Ordinal))
                text = ReadSentences();
            else
                (rows ??= []).AddRange(EgovBlocks.Rows(xml.LoadSubtree()));
        });
        return new Item
        {
            Num = num,
            Title = title,
            Text = text,
            Depth = depth,
            Children = children ?? [],
            TableRows = rows ?? [],
            Line = line,
        };
    }

    /// <summary>A sentence container (ParagraphSentence, ItemSentence…): Sentences joined, Columns joined by a full-width space.</summary>
    private string ReadSentences()
    {
        var sb = _sentences.Clear();
        var first = true;
        xml.ForEachChild(name =>
        {
            if (name == "Column" && !first)
                sb.Append('　');
            xml.AppendInline(sb);
            first = false;
        });
        return sb.ToString().Trim(' ', '\t', '\r', '\n');
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
