using System.Xml;
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
        try
        {
            using var stream = input.OpenStream();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
            });
            var xml = new EgovStream(reader);
            return ReadLaw(xml, input, context);
        }
        catch (XmlException ex)
        {
            context.Diagnostics.Error(input.Path, ex.LineNumber, $"XMLとして読めません（{ex.LinePosition}桁目）: {ex.Message}", "TK1001");
            return [];
        }
    }

    private IEnumerable<OrdinanceDocument> ReadLaw(EgovStream xml, SourceInput input, ReadContext context)
    {
        if (!xml.MoveToRoot() || xml.Name != "Law")
        {
            context.Diagnostics.Error(input.Path, xml.Line, $"e-Gov法令XMLではありません（ルート要素が <{xml.Name}> です。<Law> が必要です）。", "TK1002");
            return [];
        }
        var lawLine = xml.Line;
        var kind = KindOf(xml.Attribute("LawType"));
        string? number = null;
        EgovProvisionParser? body = null;
        xml.ForEachChild(name =>
        {
            switch (name)
            {
                case "LawNum":
                    number = xml.ReadInline().Trim();
                    break;
                case "LawBody":
                    body = new EgovProvisionParser(xml, input.DocumentId, input.Path, context);
                    body.ReadBody();
                    break;
                default:
                    xml.Skip();
                    break;
            }
        });
        if (body is null)
        {
            context.Diagnostics.Error(input.Path, lawLine, "<LawBody> がありません。", "TK1003");
            return [];
        }
        if (!body.SawMainProvision)
            context.Diagnostics.Warning(input.Path, lawLine, "<MainProvision> がありません（本則なし）。", "TK1004");
        return
        [
            new OrdinanceDocument
            {
                Id = input.DocumentId,
                Title = body.Title,
                Kind = kind,
                Number = number,
                SourcePath = input.Path,
                Format = Format,
                Articles = body.Articles,
                Appendices = body.Appendices,
            },
        ];
    }

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
