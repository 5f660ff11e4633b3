using System.Text.RegularExpressions;
using Tenken.Core.Numerals;

namespace Tenken.Core.Documents;

/// <summary>
/// Which articles name which 様式 and 別表 of the same document, both ways, so a reviewer sees the article and the
/// form together: 申請書（様式第1号）を提出, 様式第2号による, 別表第1に定める link the article to the unit, and a unit's note
/// （第3条関係） links it to 第3条. Found from the text; a document without 様式 or 別表 has none.
/// </summary>
public sealed partial class UnitLinks
{
    private readonly Dictionary<string, List<UnitLink>> _links = new(StringComparer.Ordinal);

    // A 様式 named by every article of a long document has as many links: a set keeps the duplicate check constant.
    private readonly HashSet<(string Key, UnitLink Link)> _seen = [];

    private UnitLinks()
    {
    }

    public static UnitLinks Empty { get; } = new();

    public bool IsEmpty => _links.Count == 0;

    /// <summary>The units an article names, or the articles that name a unit, in reading order; empty when none.</summary>
    public IReadOnlyList<UnitLink> For(string key) => _links.TryGetValue(key, out var list) ? list : [];

    public static UnitLinks Of(OrdinanceDocument document)
    {
        var units = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in document.Articles)
        {
            if (a.Provision.IsAppended())
                units.TryAdd(UnitLabel.Canonical(a.Num), a);
        }
        if (units.Count == 0)
            return Empty;
        var links = new UnitLinks();
        var byNum = document.Articles.Where(a => a.Provision == ProvisionKind.Main).GroupBy(a => a.Num).ToDictionary(g => g.Key, g => g.First());
        foreach (var article in document.Articles)
        {
            if (article.Provision.IsAppended())
            {
                foreach (var named in NotedArticles(article.Caption, byNum))
                    links.Add(named, article);
                continue;
            }
            foreach (Match m in Mention().Matches(article.Text))
            {
                if (units.TryGetValue(UnitLabel.Canonical(m.ValueSpan), out var unit))
                    links.Add(article, unit);
            }
        }
        return links;
    }

    // （第3条関係）, （第3条、第5条関係）, （第3条の2第1項関係）: every 第N条 in the note of a 様式 or 別表.
    private static IEnumerable<Article> NotedArticles(string? caption, Dictionary<string, Article> byNum)
    {
        if (caption is null || !caption.Contains("関係", StringComparison.Ordinal))
            yield break;
        for (var i = caption.IndexOf('第'); i >= 0; i = caption.IndexOf('第', i + 1))
        {
            if (ArticleNumber.TryRead(caption.AsSpan(i), out var number) && !number!.IsRange && byNum.TryGetValue(number.Num, out var article))
                yield return article;
        }
    }

    private void Add(Article article, Article unit)
    {
        // The key's label, so a duplicated 様式第1号 shows as 様式第1号~2.
        Add(article.Key, new UnitLink(unit.Key, unit.Key[(unit.DocumentId.Length + 1)..]));
        Add(unit.Key, new UnitLink(article.Key, Label(article)));
    }

    private void Add(string key, UnitLink link)
    {
        if (!_seen.Add((key, link)))
            return;
        if (!_links.TryGetValue(key, out var list))
            _links[key] = list = [];
        list.Add(link);
    }

    private static string Label(Article article) => article.Provision == ProvisionKind.Supplementary ? "附則" + article.Title : article.Title;

    private const string Number = "[0-9０-９〇一二三四五六七八九十百千]+";

    [GeneratedRegex($"(?:別記様式|様式|別表|書式|付表|附表)(?:[ 　]?第{Number}号?(?:の{Number})*)?|第{Number}号様式(?:の{Number})*")]
    private static partial Regex Mention();
}
