using Tenken.Core.Documents;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>
/// Reads LawBody in one forward pass: LawTitle, MainProvision and each SupplProvision (with their
/// 編章節款目 as division headings), and the appended tables and forms.
/// </summary>
internal sealed class EgovProvisionParser(EgovStream xml, string documentId, string path, ReadContext context)
{
    private static readonly HashSet<string> DivisionElements = ["Part", "Chapter", "Section", "Subsection", "Division"];

    private readonly EgovParagraphParser _paragraphs = new(xml);
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly List<Article> _articles = [];
    private readonly List<Appendix> _appendices = [];
    private int _supplCount;

    public string Title { get; private set; } = "";

    public IReadOnlyList<Article> Articles => _articles;

    public IReadOnlyList<Appendix> Appendices => _appendices;

    public bool SawMainProvision { get; private set; }

    public void ReadBody()
    {
        xml.ForEachChild(name =>
        {
            switch (name)
            {
                case "LawTitle":
                    Title = xml.ReadInline().Trim();
                    break;
                case "MainProvision":
                    SawMainProvision = true;
                    ReadProvision(null);
                    break;
                case "SupplProvision":
                    ReadSupplementary();
                    break;
                case var appendix when appendix.StartsWith("Appdx", StringComparison.Ordinal):
                    var line = xml.Line;
                    _appendices.Add(EgovBlocks.Appendix(xml.LoadSubtree(), line));
                    break;
                default:
                    xml.Skip();
                    break;
            }
        });
    }

    private sealed record SupplContext(int Index, string Label);

    private void ReadSupplementary()
    {
        var index = ++_supplCount;
        var amend = xml.Attribute("AmendLawNum");
        var line = xml.Line;
        var label = "附則";
        var paragraphs = new List<Paragraph>();
        var before = _articles.Count;
        SupplContext? suppl = null;
        xml.ForEachChild(name =>
        {
            if (name == "SupplProvisionLabel")
            {
                label = xml.ReadInline().Trim();
                suppl = new SupplContext(index, string.IsNullOrEmpty(amend) ? label : $"{label}（{amend}）");
                return;
            }
            suppl ??= new SupplContext(index, string.IsNullOrEmpty(amend) ? label : $"{label}（{amend}）");
            if (name == "Paragraph")
                paragraphs.Add(_paragraphs.ReadParagraph());
            else
                ReadProvisionChild(name, [], suppl);
        });
        suppl ??= new SupplContext(index, string.IsNullOrEmpty(amend) ? label : $"{label}（{amend}）");
        if (_articles.Count == before && paragraphs.Count > 0 && context.Options.IncludeSupplementaryParagraphs)
            _articles.Add(ParagraphUnit($"{documentId}#附則{index}", "附則", suppl.Label, ProvisionKind.Supplementary, paragraphs, line));
    }

    private void ReadProvision(SupplContext? suppl)
    {
        var line = xml.Line;
        var paragraphs = new List<Paragraph>();
        xml.ForEachChild(name =>
        {
            if (name == "Paragraph")
                paragraphs.Add(_paragraphs.ReadParagraph());
            else
                ReadProvisionChild(name, [], suppl);
        });
        // A law without 条 (its main provision is paragraphs only) is one unit, as for text ordinances.
        if (paragraphs.Count > 0)
            _articles.Add(ParagraphUnit($"{documentId}#本則", "本則", null, ProvisionKind.Main, paragraphs, line));
    }

    private void ReadProvisionChild(string name, IReadOnlyList<string> divisions, SupplContext? suppl)
    {
        if (name == "Article")
        {
            _articles.Add(ReadArticle(divisions, suppl));
        }
        else if (DivisionElements.Contains(name))
        {
            var inner = divisions;
            xml.ForEachChild(child =>
            {
                if (child == name + "Title")
                    inner = [.. divisions, xml.ReadInline().Trim()];
                else
                    ReadProvisionChild(child, inner, suppl);
            });
        }
        else
        {
            xml.Skip();
        }
    }

    private Article ReadArticle(IReadOnlyList<string> divisions, SupplContext? suppl)
    {
        var num = xml.Attribute("Num") ?? "";
        var line = xml.Line;
        string title = "";
        string? caption = null;
        var paragraphs = new List<Paragraph>();
        xml.ForEachChild(name =>
        {
            switch (name)
            {
                case "ArticleTitle":
                    title = xml.ReadInline().Trim();
                    break;
                case "ArticleCaption":
                    var c = xml.ReadInline().Trim();
                    caption = c.Length == 0 ? null : c;
                    break;
                case "Paragraph":
                    paragraphs.Add(_paragraphs.ReadParagraph());
                    break;
                default:
                    // SupplNote (e.g. （罰則第百十九条…）) and other stray blocks follow the paragraphs; keep them as
                    // unnumbered trailing paragraphs so the text stays complete and in reading order.
                    var noteLine = xml.Line;
                    var note = xml.ReadInline().Trim();
                    if (note.Length > 0)
                        paragraphs.Add(new Paragraph { Num = "", Text = note, Line = noteLine });
                    break;
            }
        });
        if (num.Length == 0)
        {
            num = $"L{line}";
            context.Diagnostics.Warning(path, line, "Article に Num 属性がありません。行番号で代用します。", "TK1005");
        }
        return new Article
        {
            Key = UniqueKey(suppl is null ? ArticleKeys.Main(documentId, num) : ArticleKeys.Supplementary(documentId, suppl.Index, num), num, line),
            DocumentId = documentId,
            Num = num,
            Title = title,
            Caption = caption,
            Provision = suppl is null ? ProvisionKind.Main : ProvisionKind.Supplementary,
            SupplementaryLabel = suppl?.Label,
            Divisions = divisions,
            Paragraphs = paragraphs,
            Deleted = paragraphs.Count == 1 && paragraphs[0].Items.Count == 0 && paragraphs[0].Text.Trim() == "削除",
            Line = line,
        };
    }

    private string UniqueKey(string key, string num, int line)
    {
        if (_keys.Add(key))
            return key;
        var n = 2;
        while (!_keys.Add($"{key}~{n}"))
            n++;
        context.Diagnostics.Warning(path, line, $"条番号 {num} が重複しています。キー {key}~{n} を付けました。", "TK1006");
        return $"{key}~{n}";
    }

    private Article ParagraphUnit(string key, string title, string? label, ProvisionKind provision, List<Paragraph> paragraphs, int line) => new()
    {
        Key = UniqueKey(key, title, line),
        DocumentId = documentId,
        Num = "",
        Title = title,
        Provision = provision,
        SupplementaryLabel = label,
        Paragraphs = paragraphs,
        Line = line,
    };
}
