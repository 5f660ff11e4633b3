using Tenken.Core.Documents;
using Tenken.Core.Structure;

namespace Tenken.Core.Reading.Html;

/// <summary>
/// Fallback for any HTML page (第一法規 and other 例規集 systems, saved pages): reduces it to text lines
/// (block elements, &lt;br&gt;, table rows) and hands them to the shared <see cref="StructureParser"/>.
/// </summary>
public sealed class GenericHtmlReader : IDocumentReader
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public int Probe(SourceProbe probe)
    {
        if (HtmlDocuments.IsHtmlExtension(probe.Extension))
            return 40;
        // A page saved without .html (but a .txt stays text: the user said so).
        return probe.Extension != ".txt" && HtmlDocuments.LooksLikeHtml(probe.Head.Span) ? 30 : 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        var html = HtmlDocuments.Load(input, context, out var encoding);
        if (html is null)
            return [];
        var lines = GenericHtmlLines.From(html);
        var header = new DocumentHeader(input.DocumentId, input.Path, Format)
        {
            Title = lines.Any(l => l.Hint == LineHint.None && l.Text.TrimStart().StartsWith('○')) ? null : GenericHtmlLines.PageTitle(html),
        };
        var document = StructureParser.Parse(header, GenericHtmlLines.SkipPageFurniture(lines), context);
        if (document.Articles.Count == 0)
        {
            context.Diagnostics.Error(input.Path, 0, HtmlDocuments.NoArticlesMessage("HTML", encoding), "TK2201");
            return [];
        }
        return [document];
    }
}
