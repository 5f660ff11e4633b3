using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tenken.Office.Reading.Docx;

/// <summary>
/// The visible text of a paragraph: runs, hyperlinks, fields' results and inserted text; not deleted or moved-away
/// text, field codes or ruby readings. Manual line breaks become '\n'; tabs a full-width space.
/// </summary>
internal static class DocxRunText
{
    public static string Of(Paragraph paragraph, out List<OpenXmlElement> textBoxes)
    {
        var sb = new StringBuilder();
        textBoxes = [];
        Append(sb, paragraph, textBoxes);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, OpenXmlElement element, List<OpenXmlElement> textBoxes)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    sb.Append('　');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                case TextBoxContent box:
                    textBoxes.Add(box);
                    break;
                case ParagraphProperties or RunProperties or DeletedText or FieldCode or DeletedFieldCode
                    or RubyContent or RubyProperties or DeletedRun or MoveFromRun or SoftHyphen:
                    break;
                case AlternateContentFallback:
                    // The fallback repeats the Choice's content (text boxes drawn for older readers).
                    break;
                default:
                    Append(sb, child, textBoxes);
                    break;
            }
        }
    }
}
