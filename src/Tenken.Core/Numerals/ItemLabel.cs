using System.Text;

namespace Tenken.Core.Numerals;

/// <summary>
/// A 号 or sub-item label read from the start of a line: 一, 二の二, 一から三まで, (1), （１）, (一), ①, イ, ア, (イ), (ｉ), 1).
/// <see cref="Title"/> is the label as printed; <see cref="Length"/> the characters it spans (without the space after it).
/// Katakana labels carry both orders; the list they belong to decides (<see cref="Num"/>).
/// </summary>
public sealed record ItemLabel(ItemStyle Style, string Title, int Length, int Value, int EndValue, string Branches, int GojuonValue, int GojuonEndValue)
{
    // A paren label directly followed by one of these is a citation (（１）に掲げる…), not the start of an item.
    private const string CitationFollowers = "にのをとはがもへでや及又若並、。，．）)」』";

    /// <summary>の-branches of the end of a range: 一から五の三まで → _3.</summary>
    public string EndBranches { get; init; } = "";

    /// <summary>The e-Gov Num: 2, 2_2, 1:3; for a katakana label in a 五十音 list pass <paramref name="gojuon"/>.</summary>
    public string Num(bool gojuon = false)
    {
        var (v, e) = gojuon && GojuonValue > 0 ? (GojuonValue, GojuonEndValue) : (Value, EndValue);
        return e > 0 ? $"{v}{Branches}:{e}{EndBranches}" : $"{v}{Branches}";
    }

    /// <summary>
    /// Reads a label at the start of <paramref name="s"/>. Bare labels (一, イ) must be followed by a space;
    /// parenthesised and circled ones may run into the text but not into a particle (（１）に掲げる is a citation).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> s, out ItemLabel? label)
    {
        label = null;
        if (s.IsEmpty)
            return false;
        var c = s[0];
        ItemLabel? found = c switch
        {
            '(' or '（' => ReadParen(s),
            '第' => ReadDai(s),
            _ when CircledNumeral.ValueOf(c) > 0 => new ItemLabel(ItemStyle.Circled, c.ToString(), 1, CircledNumeral.ValueOf(c), 0, "", 0, 0),
            _ when ArabicNumeral.IsDigit(c) => ReadHalfParen(s),
            _ when KanjiNumeral.IsNumeralChar(c) => ReadKanji(s),
            _ when Iroha.IndexOf(c) > 0 || Iroha.GojuonIndexOf(c) > 0 => ReadKatakana(s),
            _ => null,
        };
        if (found is null)
            return false;
        var next = found.Length < s.Length ? s[found.Length] : '\0';
        var bare = found.Style is ItemStyle.Kanji or ItemStyle.Katakana or ItemStyle.DaiKanji;
        if (bare ? !IsSpace(next) : next != '\0' && CitationFollowers.Contains(next))
            return false;
        label = found;
        return true;
    }

    public static bool IsSpace(char c) => c is ' ' or '　' or '\t' or '\u00A0';

    private static ItemLabel? ReadParen(ReadOnlySpan<char> s)
    {
        var close = s[1..Math.Min(s.Length, 10)].IndexOfAny(')', '）');
        if (close <= 0)
            return null;
        var inner = s[1..(close + 1)];
        var title = s[..(close + 2)].ToString();
        var length = close + 2;
        if (inner.Length == 1 && (Iroha.IndexOf(inner[0]) > 0 || Iroha.GojuonIndexOf(inner[0]) > 0))
            return new ItemLabel(ItemStyle.ParenKatakana, title, length, Iroha.IndexOf(inner[0]), 0, "", Iroha.GojuonIndexOf(inner[0]), 0);
        if (RomanNumeral.TryParse(inner, out var roman))
            return new ItemLabel(ItemStyle.ParenRoman, title, length, roman, 0, "", 0, 0);
        var len = Numeral.Read(inner, 0, out var value);
        if (len == 0 || value == 0)
            return null;
        var branches = new StringBuilder();
        len += ArticleNumber.ReadBranches(inner, len, branches);
        if (len != inner.Length)
            return null;
        var style = ArabicNumeral.IsDigit(inner[0]) ? ItemStyle.ParenArabic : ItemStyle.ParenKanji;
        return new ItemLabel(style, title, length, value, 0, branches.ToString(), 0, 0);
    }

    // 第一　… : an old-style item (第一, 第二 …), only when the number is followed directly by a space.
    private static ItemLabel? ReadDai(ReadOnlySpan<char> s)
    {
        var len = Numeral.Read(s, 1, out var value);
        if (len == 0 || value == 0)
            return null;
        return new ItemLabel(ItemStyle.DaiKanji, s[..(len + 1)].ToString(), len + 1, value, 0, "", 0, 0);
    }

    private static ItemLabel? ReadHalfParen(ReadOnlySpan<char> s)
    {
        var len = Numeral.Read(s, 0, out var value);
        if (len == 0 || len >= s.Length || s[len] is not (')' or '）'))
            return null;
        return new ItemLabel(ItemStyle.HalfParenArabic, s[..(len + 1)].ToString(), len + 1, value, 0, "", 0, 0);
    }

    private static ItemLabel? ReadKanji(ReadOnlySpan<char> s)
    {
        var len = Numeral.Read(s, 0, out var value);
        if (len == 0 || value == 0 || ArabicNumeral.IsDigit(s[0]))
            return null;
        var branches = new StringBuilder();
        len += ArticleNumber.ReadBranches(s, len, branches);
        var end = 0;
        var endSuffix = "";
        var rest = s[len..];
        if (rest.StartsWith("から"))
        {
            var l2 = Numeral.Read(s, len + 2, out var v2);
            var endBranches = new StringBuilder();
            if (l2 > 0)
                l2 += ArticleNumber.ReadBranches(s, len + 2 + l2, endBranches);
            if (l2 > 0 && s[(len + 2 + l2)..].StartsWith("まで"))
            {
                end = v2;
                endSuffix = endBranches.ToString();
                len += 2 + l2 + 2;
            }
        }
        else if (rest.StartsWith("及び"))
        {
            var l2 = Numeral.Read(s, len + 2, out var v2);
            if (l2 > 0)
            {
                end = v2;
                len += 2 + l2;
            }
        }
        return new ItemLabel(ItemStyle.Kanji, s[..len].ToString(), len, value, end, branches.ToString(), 0, 0) { EndBranches = endSuffix };
    }

    private static ItemLabel? ReadKatakana(ReadOnlySpan<char> s)
    {
        var c = s[0];
        var len = 1;
        int end = 0, gojuonEnd = 0;
        var rest = s[1..];
        if (rest.Length >= 4 && rest.StartsWith("から") && rest[3..].StartsWith("まで"))
        {
            end = Iroha.IndexOf(rest[2]);
            gojuonEnd = Iroha.GojuonIndexOf(rest[2]);
            len = 6;
        }
        else if (rest.Length >= 3 && rest.StartsWith("及び") && (Iroha.IndexOf(rest[2]) > 0 || Iroha.GojuonIndexOf(rest[2]) > 0))
        {
            end = Iroha.IndexOf(rest[2]);
            gojuonEnd = Iroha.GojuonIndexOf(rest[2]);
            len = 4;
        }
        return new ItemLabel(ItemStyle.Katakana, s[..len].ToString(), len, Iroha.IndexOf(c), end, "", Iroha.GojuonIndexOf(c), gojuonEnd);
    }
}
