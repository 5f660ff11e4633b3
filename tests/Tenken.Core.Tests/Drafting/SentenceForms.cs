using System.Text;
using System.Text.RegularExpressions;

namespace Tenken.Core.Tests.Drafting;

/// <summary>
/// The forms of a real 改め文 sentence, found on its skeleton (every quote emptied to 「」) by surface patterns that
/// do not use Tenken's parser, and whether the sentence is in the applier's scope: only the forms a draft can write.
/// docs/draft.md lists the rules; <see cref="RealAratamebunTests"/> counts them against STYLE.md's table.
/// </summary>
internal sealed partial record SentenceForms(string Skeleton, bool Replace, bool Insert, bool Delete, bool Several, bool Chain,
    bool Heading, bool WholeReplaced, bool ProvisionAdded, bool ProvisionDeleted, bool Renumbering, bool Form, bool Table, string? OutOfScope)
{
    public bool InScope => OutOfScope is null;

    public static SentenceForms Of(string sentence)
    {
        var skeleton = SkeletonOf(sentence);
        var replace = skeleton is not null && skeleton.Contains("」を「」に", StringComparison.Ordinal);
        var insert = skeleton is not null && skeleton.Contains("」の次に「」を", StringComparison.Ordinal);
        var delete = skeleton is not null && QuoteDeleted().IsMatch(skeleton);
        var s = skeleton ?? "";
        return new SentenceForms(
            s, replace, insert, delete,
            Several: s.Contains("」に、「", StringComparison.Ordinal) || s.Contains("改め、", StringComparison.Ordinal) ||
                s.Contains("加え、", StringComparison.Ordinal) || s.Contains("削り、", StringComparison.Ordinal),
            Chain: SameUnit().IsMatch(s),
            Heading: s.Contains("見出し", StringComparison.Ordinal),
            WholeReplaced: s.Contains("次のように改める", StringComparison.Ordinal) || ProvisionReplaced().IsMatch(s),
            ProvisionAdded: s.Contains("次の", StringComparison.Ordinal) && s.Contains("加え", StringComparison.Ordinal),
            ProvisionDeleted: ProvisionDeletedPattern().IsMatch(s),
            Renumbering: s.Contains("とし", StringComparison.Ordinal) || s.Contains("とする", StringComparison.Ordinal) || s.Contains("繰り", StringComparison.Ordinal),
            Form: s.Contains("様式", StringComparison.Ordinal),
            Table: s.Contains("表", StringComparison.Ordinal),
            OutOfScope: Scope(skeleton, replace || insert || delete));
    }

    /// <summary>Why a sentence is outside the draft forms; null when it is inside.</summary>
    private static string? Scope(string? skeleton, bool anyForm)
    {
        if (skeleton is null)
            return "括弧「」が閉じていない（文の一部）";
        if (!skeleton.EndsWith('。'))
            return "文末がない（文の一部）";
        if (!anyForm)
            return "語句の改正（改める・加える・削る）がない";
        if (!ArticleStart().IsMatch(skeleton))
            return "条・項（附則を含む）から始まらない（別表・目次など）";
        foreach (var marker in Markers)
        {
            if (skeleton.Contains(marker, StringComparison.Ordinal))
                return $"草案が使わない形式（{marker}）";
        }
        if (ProvisionReplaced().IsMatch(skeleton) || ProvisionDeletedPattern().IsMatch(skeleton) || ProvisionAfter().IsMatch(skeleton))
            return "規定そのものの改正・削除・追加";
        if (LocationAnd().IsMatch(skeleton))
            return "複数の単位をまとめた指定（及び）";
        return null;
    }

    /// <summary>Words of forms a draft never writes: tables and their rows (の項), forms, renumbering, whole provisions, 読替え, ranges.</summary>
    private static readonly string[] Markers =
    [
        "別表", "表", "様式", "目次", "前文", "題名", "章", "節", "款", "次の", "とし", "とする", "繰り",
        "とあるのは", "読み替え", "を付し", "規定中", "から", "まで", "並びに", "削除", "の項",
    ];

    /// <summary>The sentence with the content of every top-level quote removed; null when the brackets do not balance.</summary>
    public static string? SkeletonOf(string sentence)
    {
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in sentence.Trim())
        {
            if (c == '「')
            {
                if (depth++ == 0)
                    sb.Append(c);
            }
            else if (c == '」')
            {
                if (depth == 0)
                    return null;
                if (--depth == 0)
                    sb.Append(c);
            }
            else if (depth == 0)
                sb.Append(c);
        }
        return depth == 0 ? sb.ToString() : null;
    }

    [GeneratedRegex("」(?:(?:、|及び)「」)*を削")]
    private static partial Regex QuoteDeleted();

    [GeneratedRegex("同[条項号]")]
    private static partial Regex SameUnit();

    [GeneratedRegex("[^」]を「」に")]
    private static partial Regex ProvisionReplaced();

    [GeneratedRegex("[^」]を削")]
    private static partial Regex ProvisionDeletedPattern();

    [GeneratedRegex("[^」]の次に")]
    private static partial Regex ProvisionAfter();

    [GeneratedRegex("[^」]及び|及び[^「]")]
    private static partial Regex LocationAnd();

    [GeneratedRegex("^(附則)?第[0-9０-９一二三四五六七八九十百千]+[条項]")]
    private static partial Regex ArticleStart();
}
