using System.Text;
using System.Xml.Linq;
using Tenken.Core.Documents;

namespace Tenken.Core.Reading.EgovXml;

/// <summary>Irregular e-Gov blocks (tables, lists, figures, appendices) reduced to text rows.</summary>
internal static class EgovBlocks
{
    /// <summary>A block inside a paragraph or item as text rows; tables give one row per TableRow.</summary>
    public static IEnumerable<string> Rows(XElement block)
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

    /// <summary>An AppdxTable / AppdxStyle / … element as an <see cref="Appendix"/>.</summary>
    public static Appendix Appendix(XElement element, int line)
    {
        var name = element.Name.LocalName;
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
        var sb = new StringBuilder();
        foreach (var child in element.Elements())
        {
            if (child == title)
                continue;
            foreach (var row in Rows(child))
            {
                if (sb.Length > 0)
                    sb.Append('\n');
                sb.Append(row);
            }
        }
        return new Appendix(kind, EgovText.Inline(title).Trim(), sb.ToString(), line);
    }
}
