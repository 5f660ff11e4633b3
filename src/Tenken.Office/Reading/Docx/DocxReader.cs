using DocumentFormat.OpenXml.Packaging;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Structure;

namespace Tenken.Office.Reading.Docx;

/// <summary>
/// Reads Word .docx: body paragraphs and table rows become lines (Word's automatic numbering rendered as text,
/// style names as hints) for the shared <see cref="StructureParser"/>. Old .doc, encrypted and non-Word files get
/// one diagnostic each. Line numbers in diagnostics are paragraph positions (a table row counts as one).
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx", ".docm", ".doc"];

    public int Probe(SourceProbe probe)
    {
        var head = probe.Head.Span;
        var ext = probe.Extension;
        if (ext is ".docx" or ".docm" or ".doc")
            return 90;
        // A Word zip under another name: [Content_Types].xml and word/ part names appear in the first local headers.
        if (OfficeContainer.IsZip(head) && head.IndexOf("word/"u8) >= 0)
            return 60;
        return 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        if (!OfficePackageCheck.IsReadable(input, context, OfficeApp.Word))
            return [];
        WordprocessingDocument word;
        try
        {
            word = WordprocessingDocument.Open(input.OpenStream(), false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException)
        {
            context.Diagnostics.Error(input.Path, 0, $"Word文書（.docx）として開けません: {ex.Message}", "TK2004");
            return [];
        }
        using (word)
        {
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                context.Diagnostics.Error(input.Path, 0, "Word文書に本文（word/document.xml の body）がありません。", "TK2005");
                return [];
            }
            var lines = new DocxBodyWalker(word.MainDocumentPart!).Lines(body);
            if (lines.Count == 0)
            {
                context.Diagnostics.Error(input.Path, 0, "Word文書の本文が空です。", "TK2006");
                return [];
            }
            var header = new DocumentHeader(input.DocumentId, input.Path, Format);
            var document = StructureParser.Parse(header, lines, context);
            if (document.Articles.Count == 0)
            {
                context.Diagnostics.Error(input.Path, 0, $"条文が見つかりません（Word文書、{lines[^1].Number:N0}段落）。「第1条」「第一条」のような条の見出しで始まる段落がありません。", "TK2007");
                return [];
            }
            var coreTitle = word.PackageProperties.Title?.Trim();
            // The parser falls back to the file name when no line looks like a title.
            if ((document.Title.Length == 0 || document.Title == input.DocumentId) && !string.IsNullOrEmpty(coreTitle))
                document = document with { Title = coreTitle };
            return [document];
        }
    }
}
