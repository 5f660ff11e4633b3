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
        var m = Numbered().Match(text);
        if (m.Success)
            return Name(m.Groups["name"].Value) + m.Groups["article"].Value;
        foreach (Match a in AliasArticle().Matches(text))
        {
            if (aliases.TryGetValue(a.Groups["alias"].Value, out var full))
                return full + a.Groups["article"].Value;
        }
        var named = NamedArticle().Match(text);
        return named.Success ? Name(named.Groups["name"].Value) + named.Groups["article"].Value : null;
    }

    private static IReadOnlyDictionary<string, string> ReadAliases(OrdinanceDocument document)
    {
        var map = new Dictionary<string, string>();
        foreach (var article in document.Articles)
        {
            foreach (Match m in Abbreviation().Matches(article.Text))
                map.TryAdd(m.Groups["alias"].Value, Name(m.Groups["name"].Value));
        }
        return map;
    }

    /// <summary>The law's name: the run of text before its number, cut at the last delimiter.</summary>
    private static string Name(string raw)
    {
        var cut = raw.LastIndexOfAny(['、', '。', '「', '」', '（', '）', '\n', '　', 'は', 'が', 'を', 'び']);
        var name = cut >= 0 ? raw[(cut + 1)..] : raw;
        return name.StartsWith("この", StringComparison.Ordinal) ? name[2..] : name;
    }

    private const string Number = "[〇一二三四五六七八九十百千]+";

    [GeneratedRegex("(?<name>[^、。（）「」\\n]{2,40}?(法|法律|政令|省令|規則|令))（(明治|大正|昭和|平成|令和)[^）]{1,30}?第" + Number + "号[^）]*）(?<article>(第" + Number + "条(の" + Number + ")*)?(第" + Number + "項)?)")]
    private static partial Regex Numbered();

    [GeneratedRegex("(?<name>[^、。（）「」\\n]{2,40}?(法|法律|政令|省令|令))（(明治|大正|昭和|平成|令和)[^）]{1,30}?第" + Number + "号。以下「(?<alias>[^」]{1,20})」という。）")]
    private static partial Regex Abbreviation();

    [GeneratedRegex("(?<![一-龥ァ-ヶー])(?<alias>[一-龥ァ-ヶー]{1,12})(?<article>第" + Number + "条(の" + Number + ")*(第" + Number + "項)?)")]
    private static partial Regex AliasArticle();

    [GeneratedRegex("(?<![一-龥ァ-ヶー・])(?!同法|本法|前法|旧法)(?<name>[一-龥ァ-ヶー・]{2,30}法)(?<article>第" + Number + "条(の" + Number + ")*(第" + Number + "項)?)")]
    private static partial Regex NamedArticle();
}
