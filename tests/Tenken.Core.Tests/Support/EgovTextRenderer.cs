using System.Text;
using Tenken.Core.Documents;

namespace Tenken.Core.Tests.Support;

/// <summary>
/// Renders a document read from e-Gov XML as plain text in the usual 例規 layout (title, number, division headings,
/// （見出し）, 第N条　…, ２　…, 一　…, イ　…, 附　則), so the text reader can be checked against the XML reader.
/// </summary>
internal static class EgovTextRenderer
{
    public static string Render(OrdinanceDocument document)
    {
        var sb = new StringBuilder();
        sb.Append(document.Title).Append('\n');
        if (document.Number is not null)
            sb.Append(document.Number).Append('\n');
        IReadOnlyList<string> divisions = [];
        string? suppl = null;
        foreach (var article in document.Articles)
        {
            var block = SupplementaryBlock(article.Key);
            if (block != suppl)
            {
                suppl = block;
                sb.Append(article.SupplementaryLabel).Append('\n');
                divisions = [];
            }
            var common = divisions.Zip(article.Divisions).TakeWhile(p => p.First == p.Second).Count();
            foreach (var heading in article.Divisions.Skip(common))
                sb.Append(heading).Append('\n');
            divisions = article.Divisions;
            if (article.Caption is not null)
                sb.Append(article.Caption).Append('\n');
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                var p = article.Paragraphs[i];
                if (p.Caption is not null && (i > 0 || article.Num.Length == 0))
                    sb.Append(p.Caption).Append('\n');
                var label = i == 0 && article.Num.Length > 0 ? article.Title : p.NumText;
                sb.Append(label).Append(label.Length > 0 ? "　" : "").Append(p.Text).Append('\n');
                foreach (var row in p.TableRows)
                    sb.Append(row).Append('\n');
                foreach (var item in p.Items)
                    AppendItem(sb, item);
            }
        }
        return sb.ToString();
    }

    // doc#附則3#1 and doc#附則3 belong to the third 附則; main-provision keys to none.
    private static string? SupplementaryBlock(string key)
    {
        var at = key.IndexOf("#附則", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var end = key.IndexOf('#', at + 1);
        return end < 0 ? key[at..] : key[at..end];
    }

    private static void AppendItem(StringBuilder sb, Item item)
    {
        sb.Append(item.Title).Append('　').Append(item.Text).Append('\n');
        foreach (var row in item.TableRows)
            sb.Append(row).Append('\n');
        foreach (var child in item.Children)
            AppendItem(sb, child);
    }
}
