using System.Text;
using System.Xml.Linq;
using Tenken.Core.Documents;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>Maps the e-Gov provision tree to articles: divisions as headings, Paragraph/Item/SubitemN as the tree.</summary>
internal sealed class EgovArticleBuilder(string documentId, string path, ReadContext context)
{
    private static readonly HashSet<string> DivisionElements = ["Part", "Chapter", "Section", "Subsection", "Division"];

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    public List<Article> ReadBody(XElement body)
    {
        var articles = new List<Article>();
        var main = body.Element("MainProvision");
        if (main is null)
            context.Diagnostics.Warning(path, EgovXmlReader.LineOf(body), "<MainProvision> がありません（本則なし）。", "TK1004");
        else
            Walk(main, [], articles, null);

        var supplIndex = 0;
        foreach (var suppl in body.Elements("SupplProvision"))
        {
            supplIndex++;
            var label = SupplementaryLabel(suppl);
            var supplContext = new SupplContext(supplIndex, label);
            var before = articles.Count;
            Walk(suppl, [], articles, supplContext);
            if (articles.Count == before && context.Options.IncludeSupplementaryParagraphs)
                AddParagraphUnit(suppl, supplContext, articles);
        }
        return articles;
    }

    public List<Appendix> ReadAppendices(XElement body)
    {
        var list = new List<Appendix>();
        foreach (var element in body.Elements())
        {
            var name = element.Name.LocalName;
            if (!name.StartsWith("Appdx", StringComparison.Ordinal))
                continue;
            var title = element.Elements().FirstOrDefault(e => e.Name.LocalName.EndsWith("Title", StringComparison.Ordinal));
            var kind = name switch
            {
                "AppdxTable" => "別表",
                "AppdxStyle" => "様式",
                "AppdxFormat" => "書式",
                "AppdxFig" => "別図",
                "AppdxNote" => "別記",
                _ => "付録",
            };
            list.Add(new Appendix(kind, EgovText.Inline(title).Trim(), BlockText(element, title), EgovXmlReader.LineOf(element)));
        }
        return list;
    }

    private sealed record SupplContext(int Index, string Label);

    private static string SupplementaryLabel(XElement suppl)
    {
        var label = EgovText.Inline(suppl.Element("SupplProvisionLabel")).Trim();
        var amend = suppl.Attribute("AmendLawNum")?.Value;
        return string.IsNullOrEmpty(amend) ? label : $"{label}（{amend}）";
    }

    private void Walk(XElement container, List<string> divisions, List<Article> sink, SupplContext? suppl)
    {
        foreach (var child in container.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "Article")
            {
                sink.Add(BuildArticle(child, divisions, suppl));
            }
            else if (DivisionElements.Contains(name))
            {
                var title = EgovText.Inline(child.Element(name + "Title")).Trim();
                Walk(child, [.. divisions, title], sink, suppl);
            }
        }
    }

    private Article BuildArticle(XElement article, List<string> divisions, SupplContext? suppl)
    {
        var num = article.Attribute("Num")?.Value ?? "";
        var line = EgovXmlReader.LineOf(article);
        if (num.Length == 0)
        {
            num = $"L{line}";
            context.Diagnostics.Warning(path, line, "Article に Num 属性がありません。行番号で代用します。", "TK1005");
        }
        var key = suppl is null ? ArticleKeys.Main(documentId, num) : ArticleKeys.Supplementary(documentId, suppl.Index, num);
        if (!_keys.Add(key))
        {
            var n = 2;
            while (!_keys.Add($"{key}~{n}"))
                n++;
            context.Diagnostics.Warning(path, line, $"条番号 {num} が重複しています。キー {key}~{n} を付けました。", "TK1006");
            key = $"{key}~{n}";
        }
        var paragraphs = article.Elements("Paragraph").Select(BuildParagraph).ToList();
        // SupplNote (e.g. （罰則第百十九条…）) and other stray blocks follow the paragraphs in the XML; keep them
        // as unnumbered trailing paragraphs so the text stays complete and in reading order.
        foreach (var extra in article.Elements().Where(e => e.Name.LocalName is not ("Paragraph" or "ArticleTitle" or "ArticleCaption")))
        {
            var note = EgovText.Inline(extra).Trim();
            if (note.Length > 0)
                paragraphs.Add(new Paragraph { Num = "", Text = note, Line = EgovXmlReader.LineOf(extra) });
        }
        var text = string.Concat(paragraphs.Select(p => p.Text));
        return new Article
        {
            Key = key,
            DocumentId = documentId,
            Num = num,
            Title = EgovText.Inline(article.Element("ArticleTitle")).Trim(),
            Caption = NullIfEmpty(EgovText.Inline(article.Element("ArticleCaption")).Trim()),
            Provision = suppl is null ? ProvisionKind.Main : ProvisionKind.Supplementary,
            SupplementaryLabel = suppl?.Label,
            Divisions = divisions,
            Paragraphs = paragraphs,
            Deleted = paragraphs.Count == 1 && paragraphs[0].Items.Count == 0 && text.Trim() == "削除",
            Line = line,
        };
    }

    private void AddParagraphUnit(XElement suppl, SupplContext supplContext, List<Article> sink)
    {
        var paragraphs = suppl.Elements("Paragraph").Select(BuildParagraph).ToList();
        if (paragraphs.Count == 0)
            return;
        sink.Add(new Article
        {
            Key = $"{documentId}#附則{supplContext.Index}",
            DocumentId = documentId,
            Num = "",
            Title = "附則",
            Provision = ProvisionKind.Supplementary,
            SupplementaryLabel = supplContext.Label,
            Paragraphs = paragraphs,
            Line = EgovXmlReader.LineOf(suppl),
        });
    }

    private Paragraph BuildParagraph(XElement paragraph)
    {
        var rows = new List<string>();
        var items = new List<Item>();
        foreach (var child in paragraph.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "ParagraphNum" or "ParagraphSentence" or "ParagraphCaption":
                    break;
                case "Item":
                    items.Add(BuildItem(child, "Item", 1));
                    break;
                default:
                    rows.AddRange(BlockRows(child));
                    break;
            }
        }
        return new Paragraph
        {
            Num = paragraph.Attribute("Num")?.Value ?? "",
            NumText = EgovText.Inline(paragraph.Element("ParagraphNum")).Trim(),
            Caption = NullIfEmpty(EgovText.Inline(paragraph.Element("ParagraphCaption")).Trim()),
            Text = EgovText.Sentences(paragraph.Element("ParagraphSentence")),
            Items = items,
            TableRows = rows,
            Line = EgovXmlReader.LineOf(paragraph),
        };
    }

    private Item BuildItem(XElement item, string name, int depth)
    {
        var childName = depth == 1 ? "Subitem1" : $"Subitem{depth}";
        var children = new List<Item>();
        var rows = new List<string>();
        foreach (var child in item.Elements())
        {
            var local = child.Name.LocalName;
            if (local == childName)
                children.Add(BuildItem(child, childName, depth + 1));
            else if (local != name + "Title" && local != name + "Sentence")
                rows.AddRange(BlockRows(child));
        }
        return new Item
        {
            Num = item.Attribute("Num")?.Value ?? "",
            Title = EgovText.Inline(item.Element(name + "Title")).Trim(),
            Text = EgovText.Sentences(item.Element(name + "Sentence")),
            Depth = depth,
            Children = children,
            TableRows = rows,
            Line = EgovXmlReader.LineOf(item),
        };
    }

    /// <summary>A block inside a paragraph or item (table, list, figure…) as text rows; tables give one row per TableRow.</summary>
    private static IEnumerable<string> BlockRows(XElement block)
    {
        var rows = block.Descendants().Where(e => e.Name.LocalName is "TableRow" or "TableHeaderRow" or "ListSentence" or "Sublist1Sentence" or "Sublist2Sentence" or "Sublist3Sentence").ToList();
        if (rows.Count == 0)
        {
            var text = EgovText.Inline(block).Trim();
            return text.Length == 0 ? [] : [text];
        }
        var result = new List<string>();
        var title = block.Descendants().FirstOrDefault(e => e.Name.LocalName.EndsWith("Title", StringComparison.Ordinal));
        if (title is not null)
            result.Add(EgovText.Inline(title).Trim());
        foreach (var row in rows)
        {
            var cells = row.Elements().Select(c => EgovText.Inline(c).Trim()).Where(c => c.Length > 0);
            result.Add(string.Join("　", cells));
        }
        return result;
    }

    private static string BlockText(XElement element, XElement? skip)
    {
        var sb = new StringBuilder();
        foreach (var child in element.Elements())
        {
            if (child == skip)
                continue;
            foreach (var row in BlockRows(child))
            {
                if (sb.Length > 0)
                    sb.Append('\n');
                sb.Append(row);
            }
        }
        return sb.ToString();
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
