using System.Xml;
using System.Xml.Linq;
using Tenken.Core.Documents;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>
/// Reads e-Gov 法令標準XML (Law/LawBody/MainProvision/…/Article, SupplProvision, AppdxTable). The XML tree maps
/// directly onto the article tree, so this reader does not go through the line-based structure parser.
/// </summary>
public sealed class EgovXmlReader : IDocumentReader
{
    public string Format => "egov-xml";

    public IReadOnlyCollection<string> Extensions { get; } = [".xml"];

    public int Probe(SourceProbe probe)
    {
        var head = System.Text.Encoding.UTF8.GetString(probe.Head.Span);
        var isLaw = head.Contains("<Law ", StringComparison.Ordinal) || head.Contains("<Law>", StringComparison.Ordinal);
        if (isLaw)
            return 100;
        return probe.Extension == ".xml" ? 10 : 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        XDocument xml;
        try
        {
            using var stream = input.OpenStream();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            context.Diagnostics.Error(input.Path, ex.LineNumber, $"XMLとして読めません（{ex.LinePosition}桁目）: {ex.Message}", "TK1001");
            return [];
        }
        var law = xml.Root;
        if (law is null || law.Name.LocalName != "Law")
        {
            context.Diagnostics.Error(input.Path, LineOf(law), $"e-Gov法令XMLではありません（ルート要素が <{law?.Name.LocalName}> です。<Law> が必要です）。", "TK1002");
            return [];
        }
        var body = law.Element("LawBody");
        if (body is null)
        {
            context.Diagnostics.Error(input.Path, LineOf(law), "<LawBody> がありません。", "TK1003");
            return [];
        }
        var builder = new EgovArticleBuilder(input.DocumentId, input.Path, context);
        var articles = builder.ReadBody(body);
        var document = new OrdinanceDocument
        {
            Id = input.DocumentId,
            Title = EgovText.Inline(body.Element("LawTitle")).Trim(),
            Kind = KindOf(law.Attribute("LawType")?.Value),
            Number = law.Element("LawNum")?.Value.Trim(),
            SourcePath = input.Path,
            Format = Format,
            Articles = articles,
            Appendices = builder.ReadAppendices(body),
        };
        return [document];
    }

    internal static int LineOf(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static string KindOf(string? lawType) => lawType switch
    {
        "Constitution" => "憲法",
        "Act" => "法律",
        "CabinetOrder" => "政令",
        "ImperialOrder" => "勅令",
        "MinisterialOrdinance" => "省令",
        "Rule" => "規則",
        "Misc" => "その他",
        _ => lawType ?? "",
    };
}
