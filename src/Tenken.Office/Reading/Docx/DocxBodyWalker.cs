using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tenken.Core.Numerals;
using Tenken.Core.Structure;

namespace Tenken.Office.Reading.Docx;

/// <summary>
/// Turns a Word body into source lines in reading order: each paragraph (split at manual line breaks) with its
/// automatic number rendered in front, each table row as one line of cells joined by a full-width space (hinted as a
/// table row unless it starts with a 第…条 cell, as layout tables do).
/// </summary>
internal sealed class DocxBodyWalker(MainDocumentPart part)
{
    private readonly DocxNumbering _numbering = new(part.NumberingDefinitionsPart?.Numbering, part.StyleDefinitionsPart?.Styles);
    private readonly DocxStyleHints _hints = new(part.StyleDefinitionsPart?.Styles);
    private readonly List<SourceLine> _lines = [];
    private int _position;

    public List<SourceLine> Lines(Body body)
    {
        Blocks(body);
        return _lines;
    }

    private void Blocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph);
                    break;
                case Table table:
                    AddTable(table);
                    break;
                case SectionProperties:
                    break;
                default:
                    // Content controls, custom XML and similar wrappers hold ordinary blocks.
                    Blocks(child);
                    break;
            }
        }
    }

    private void AddParagraph(Paragraph paragraph)
    {
        _position++;
        var text = DocxRunText.Of(paragraph, out var textBoxes);
        var label = _numbering.Label(paragraph);
        var segments = text.Split('\n');
        if (label.Length > 0)
            segments[0] = label + segments[0];
        var hint = _hints.Hint(paragraph, segments[0].Trim(), isFirstLine: _lines.Count == 0);
        foreach (var segment in segments)
        {
            var trimmed = segment.Trim();
            if (trimmed.Length > 0)
                _lines.Add(new SourceLine(_position, trimmed, hint));
            hint = LineHint.None;
        }
        foreach (var box in textBoxes)
            Blocks(box);
    }

    private void AddTable(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().ToList();
            var filled = cells.Where(c => RawText(c).Length > 0 || c.Descendants<Paragraph>().Any(_numbering.IsNumbered)).ToList();
            if (filled.Count == 1)
            {
                // A one-cell frame around running text (a common template): its paragraphs are lines of their own.
                Blocks(filled[0]);
                continue;
            }
            _position++;
            var texts = filled.Select(CellText).ToList();
            // A layout table (第一条 | 本文) is text; any other table's row stays a row of the 項 or 号 above it.
            var hint = texts.Count > 0 && ArticleNumber.TryRead(texts[0], out _) ? LineHint.None : LineHint.TableRow;
            var line = string.Join("　", texts);
            if (line.Length > 0)
                _lines.Add(new SourceLine(_position, line, hint));
        }
    }

    private static string RawText(TableCell cell) =>
        string.Concat(cell.Descendants<Paragraph>().Select(p => DocxRunText.Of(p, out _))).Trim();

    private string CellText(TableCell cell)
    {
        var parts = new List<string>();
        foreach (var block in cell.Descendants<Paragraph>())
        {
            var text = (_numbering.Label(block) + DocxRunText.Of(block, out _)).Replace('\n', '　').Trim();
            if (text.Length > 0)
                parts.Add(text);
        }
        return string.Join("　", parts);
    }
}
