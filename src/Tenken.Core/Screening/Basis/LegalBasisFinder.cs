using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Tenken.Core.Documents;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Basis;

/// <summary>
/// Finds the 規制根拠 of an article: a cited national law (道路交通法（昭和三十五年法律第百五号）第二条, or 法第十条 after
/// 以下「法」という in the same document, or 同法第五条) → (a) national; a national Act or order itself → (a) with its own
/// article; a municipal 条例・規則・規程・要綱 citing nothing → (b) own rule. Abbreviations are read once per document.
/// </summary>
internal sealed partial class LegalBasisFinder
{
    private static readonly string[] NationalKinds = ["法律", "政令", "省令", "府令", "内閣府令", "勅令", "憲法"];
    private static readonly string[] OwnKinds = ["条例", "規則", "規程", "要綱", "訓令", "告示"];

    private readonly ConditionalWeakTable<OrdinanceDocument, IReadOnlyDictionary<string, string>> _aliases = new();

    public LegalBasis Find(Article article, OrdinanceDocument document)
    {
        var text = article.Text;
        var aliases = _aliases.GetValue(document, ReadAliases);
        var cited = Cite(text, aliases);
        if (cited is not null)
            return new LegalBasis(LegalBasisKind.NationalLaw, cited);
        if (NationalKinds.Contains(document.Kind))
            return new LegalBasis(LegalBasisKind.NationalLaw, document.Title + article.Title);
        if (OwnKinds.Any(k => document.Kind.EndsWith(k, StringComparison.Ordinal)))
            return new LegalBasis(LegalBasisKind.OwnRule, "");
        return new LegalBasis(LegalBasisKind.Unknown, "");
    }

    private static string? Cite(string text, IReadOnlyDictionary<string, string> aliases)
    {
        foreach (Match m in LawNumber().Matches(text))
        {
            var name = LawName(text, m.Index);
            if (name.Length > 0)
                return name + ArticleAfter(text, m.Index + m.Length);
        }
        if (ArticleCitations.FirstAlias(text, aliases.ContainsKey) is var (alias, article))
            return aliases[alias] + article;
        return ArticleCitations.FirstNamedLaw(text) is var (law, cited) ? AfterConjunction(law) + cited : null;
    }

    /// <summary>「都道府県知事又は地方自治法」 → 「地方自治法」: a run of kanji can start before the law's name.</summary>
    private static string AfterConjunction(string name)
    {
        var cut = -1;
        foreach (var joiner in (string[])["又は", "及び", "若しくは", "並びに"])
        {
            var i = name.LastIndexOf(joiner, StringComparison.Ordinal);
            if (i >= 0)
                cut = Math.Max(cut, i + joiner.Length);
        }
        return cut > 0 ? name[cut..] : name;
    }

    private static IReadOnlyDictionary<string, string> ReadAliases(OrdinanceDocument document)
    {
        var map = new Dictionary<string, string>();
        foreach (var article in document.Articles)
        {
            // Only a law number followed by a definition (…第百八十号。以下「法」という。) adds an alias.
            if (!article.Text.Contains("号。以下「", StringComparison.Ordinal))
                continue;
            foreach (Match m in LawNumber().Matches(article.Text))
            {
                var alias = m.Groups["alias"];
                var name = LawName(article.Text, m.Index);
                if (alias.Success && name.Length > 0)
                    map.TryAdd(alias.Value, name);
            }
        }
        return map;
    }

    /// <summary>The law's name just before its number （昭和…号）, ending in 法, 法律, 令 or 規則; empty when none.</summary>
    private static string LawName(string text, int numberStart)
    {
        var from = Math.Max(0, numberStart - 60);
        var m = NameTail().Match(text[from..numberStart]);
        var name = m.Success ? m.Value : "";
        while (name.Length > 0 && name[0] is 'の' or '及' or '並' or '又' or '等' or 'に')
            name = name[1..];
        return name.Length >= 2 && name != "法律" && (name.EndsWith('法') || name.EndsWith("法律", StringComparison.Ordinal) || name.EndsWith('令') || name.EndsWith("規則", StringComparison.Ordinal))
            ? name
            : "";
    }

    private static string ArticleAfter(string text, int position) => ArticleCitations.ArticleNumberAt(text, position) ?? "";

    private const string Number = ArticleCitations.NumberPattern;

    [GeneratedRegex("[（(](明治|大正|昭和|平成|令和)[^）（()]{1,30}?第" + Number + "号(。以下「(?<alias>[^」]{1,20})」という。)?[^）)]*[）)]")]
    private static partial Regex LawNumber();

    /// <summary>The longest run at the end that can belong to a law's name (漢字, カタカナ, の, 及び, に関する …).</summary>
    [GeneratedRegex("(?:[一-龥々ァ-ヶー・]|の|及び|並びに|又は|に関する|における|のための)+$", RegexOptions.RightToLeft)]
    private static partial Regex NameTail();
}
