using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tenken.Office.Tests.Support;

/// <summary>Builds real .docx files with the OpenXml SDK: paragraphs with styles, Word list numbering and tables.</summary>
internal sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<AbstractNum> _abstracts = [];
    private readonly List<NumberingInstance> _instances = [];

    public string? CoreTitle { get; set; }

    public DocxBuilder Paragraph(string text, string? style = null, int numId = 0, int level = 0)
    {
        _body.Add(Para(text, style, numId, level));
        return this;
    }

    public DocxBuilder Add(OpenXmlElement block)
    {
        _body.Add(block);
        return this;
    }

    public static Paragraph Para(string text, string? style = null, int numId = 0, int level = 0)
    {
        var props = new ParagraphProperties();
        if (style is not null)
            props.Append(new ParagraphStyleId { Val = style });
        if (numId > 0)
            props.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }));
        var p = new Paragraph();
        if (props.HasChildren)
            p.Append(props);
        if (text.Length > 0)
            p.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }

    /// <summary>A list definition: one (numFmt, lvlText) per level; returns its abstractNumId.</summary>
    public int List(params (string Format, string Text)[] levels)
    {
        var id = _abstracts.Count + 1;
        var abs = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            abs.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                new LevelText { Val = levels[i].Text },
                new LevelSuffix { Val = LevelSuffixValues.Tab })
            { LevelIndex = i });
        }
        _abstracts.Add(abs);
        return id;
    }

    /// <summary>A numbering instance (numId) of a list; <paramref name="restart"/> starts level 0 again at 1.</summary>
    public int Instance(int abstractId, bool restart = false)
    {
        var id = _instances.Count + 1;
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restart)
            num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        _instances.Add(num);
        return id;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
                new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            if (_abstracts.Count > 0)
            {
                var numbering = main.AddNewPart<NumberingDefinitionsPart>();
                numbering.Numbering = new Numbering([.. _abstracts.Select(a => a.CloneNode(true)), .. _instances.Select(n => n.CloneNode(true))]);
            }
            if (CoreTitle is not null)
                doc.PackageProperties.Title = CoreTitle;
        }
        return stream.ToArray();
    }
}
