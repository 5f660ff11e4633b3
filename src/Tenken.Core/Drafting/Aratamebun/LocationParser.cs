using System.Text;
using Tenken.Core.Drafting.Units;
using Tenken.Core.Numerals;

namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>
/// Reads the location of a 改め文 clause (the text before 中): 第三条第二項第一号イ, 第３条の２第１項各号列記以外の部分,
/// 第10条の見出し, 第５条（見出しを含む。）, and the chains 同条… / 同項… / 同号… resolved against the previous clause.
/// Numerals in kanji, full-width or half-width digits; items as 第N号 then イ, ア, （１）, (ｱ), ⑴; 附則第二条 and
/// 附則第三項 (a 附則 of 項 only) for the original 附則; 第二項 alone in a 例規 written in 項 without 条.
/// </summary>
public static class LocationParser
{
    private static readonly (string Text, UnitPart Part)[] Parts =
    [
        ("各号列記以外の部分", UnitPart.Lead),
        ("本文", UnitPart.Body),
        ("ただし書", UnitPart.Proviso),
        ("前段", UnitPart.First),
        ("後段", UnitPart.Second),
        ("の見出し", UnitPart.Heading),
        ("見出し", UnitPart.Heading),
        ("（見出しを含む。）", UnitPart.WithHeading),
        ("(見出しを含む。)", UnitPart.WithHeading),
    ];

    public static UnitPath? Parse(string text, UnitPath? previous, out string? error)
    {
        error = null;
        var s = text.AsSpan();
        var pos = 0;
        string article;
        var paragraph = 0;
        var supplementary = false;
        var items = new List<string>();
        if (s.StartsWith("同条") || s.StartsWith("同項") || s.StartsWith("同号"))
        {
            if (previous is null)
            {
                error = $"「{text}」の「{text[..2]}」が指す条がありません（文の最初の位置です）。";
                return null;
            }
            article = previous.Article;
            supplementary = previous.Supplementary;
            if (s[1] != '条')
                paragraph = previous.Paragraph;
            if (s[1] == '号')
            {
                if (previous.Items.Count == 0)
                {
                    error = $"「{text}」の「同号」が指す号がありません。";
                    return null;
                }
                items.Add(previous.Items[0]);
            }
            pos = 2;
        }
        else
        {
            if (s.StartsWith("附則"))
            {
                supplementary = true;
                pos = 2;
            }
            var length = ReadNumbered(s, pos, '条', out var num);
            // 附則第三項, or 第二項 of a 例規 written in 項 only (no 条).
            if (length == 0 && ReadNumbered(s, pos, '項', out _) == 0)
            {
                error = $"「{text}」は条の指定として読めません。";
                return null;
            }
            article = num;
            pos += length;
        }

        if (items.Count == 0)
        {
            var length = ReadNumbered(s, pos, '項', out var p);
            if (length > 0)
            {
                paragraph = int.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
                pos += length;
            }
            length = ReadNumbered(s, pos, '号', out var item);
            if (length > 0)
            {
                items.Add(item);
                pos += length;
            }
        }
        while (pos < s.Length)
        {
            var label = ReadLabel(s, pos);
            if (label == 0)
                break;
            items.Add(s.Slice(pos, label).ToString());
            pos += label;
        }

        var part = UnitPart.Whole;
        foreach (var (word, kind) in Parts)
        {
            if (s[pos..].StartsWith(word))
            {
                part = kind;
                pos += word.Length;
                break;
            }
        }
        if (pos != s.Length)
        {
            error = $"「{text}」のうち「{text[pos..]}」が読めません。";
            return null;
        }
        return new UnitPath { Article = article, Supplementary = supplementary, Paragraph = paragraph, Items = items, Part = part };
    }

    /// <summary>第N{counter} with の-branches at <paramref name="start"/>: the length read and the e-Gov Num (10_2).</summary>
    private static int ReadNumbered(ReadOnlySpan<char> s, int start, char counter, out string num)
    {
        num = "";
        if (start >= s.Length || s[start] != '第')
            return 0;
        var length = Numeral.Read(s, start + 1, out var value);
        var pos = start + 1 + length;
        if (length == 0 || pos >= s.Length || s[pos] != counter)
            return 0;
        pos++;
        var sb = new StringBuilder().Append(value);
        // 第三条の見出し: の followed by a non-numeral is not a branch.
        pos += ArticleNumber.ReadBranches(s, pos, sb);
        num = sb.ToString();
        return pos - start;
    }

    /// <summary>The length of an item label below 号 at <paramref name="start"/>: イ, ア, ｱ, ⑴, （１）, (ｱ), （ア）; 0 when none.</summary>
    private static int ReadLabel(ReadOnlySpan<char> s, int start)
    {
        var c = s[start];
        if (c is >= 'ァ' and <= 'ヶ' or >= 'ｦ' and <= 'ﾝ')
            return 1;
        if (c is >= '\u2474' and <= '\u2487')
            return 1;
        if (c is '（' or '(')
        {
            var close = start + 1;
            while (close < s.Length && close - start <= 4 && s[close] is not ('）' or ')'))
                close++;
            if (close < s.Length && close > start + 1 && s[close] is '）' or ')' && !s.Slice(start, close - start).Contains("見出し", StringComparison.Ordinal))
                return close - start + 1;
        }
        return 0;
    }
}
