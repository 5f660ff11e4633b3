using Tenken.Core.Documents;
using Tenken.Core.Structure;

namespace Tenken.Core.Reading.Html;

/// <summary>
/// Reads 例規 pages published by ぎょうせい Reiki-Base (div.eline > div.article | div.clause | div.item), using the
/// markup as hints for the shared <see cref="StructureParser"/>; numbers still go through the numerals module.
/// </summary>
public sealed class ReikiBaseHtmlReader : IDocumentReader
{
    public string Format => "reiki-base";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public int Probe(SourceProbe probe)
    {
        var head = System.Text.Encoding.Latin1.GetString(probe.Head.Span);
        var marked = head.Contains("class=\"eline\"", StringComparison.Ordinal) || head.Contains("reiki.css", StringComparison.Ordinal) ||
                     head.Contains("class=\"joubun", StringComparison.Ordinal);
        return marked && (HtmlDocuments.IsHtmlExtension(probe.Extension) || HtmlDocuments.LooksLikeHtml(probe.Head.Span)) ? 90 : 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        var html = HtmlDocuments.Load(input, context, out var encoding);
        if (html is null)
            return [];
        var root = html.QuerySelector("#primary") ?? html.Body ?? html.DocumentElement;
        var lines = ReikiBaseLines.From(root);
        if (lines.Count == 0)
            lines = GenericHtmlLines.From(html);
        var header = new DocumentHeader(input.DocumentId, input.Path, Format)
        {
            Title = lines.Any(l => l.Hint == LineHint.Title) ? null : GenericHtmlLines.PageTitle(html),
        };
        var document = StructureParser.Parse(header, lines, context);
        if (document.Articles.Count == 0)
        {
            context.Diagnostics.Error(input.Path, 0, HtmlDocuments.NoArticlesMessage("Reiki-Base形式", encoding), "TK2201");
            return [];
        }
        return [document];
    }
}
