namespace Tenken.Core.Numerals;

/// <summary>
/// A printed 第…条 label read from the start of a text: <see cref="Num"/> in e-Gov form (第十条の二 → <c>10_2</c>,
/// 第１０条の２の３ → <c>10_2_3</c>, 第五条から第七条まで and 第五条乃至第七条 → <c>5:7</c>), <see cref="Title"/> as printed and
/// <see cref="Length"/> the characters it spans.
/// </summary>
public sealed record ArticleNumber(string Num, string Title, int Length, bool IsRange)
{
    /// <summary>Reads a 第N条 label (with の-branches and an optional から…まで / 及び range) at the start of <paramref name="s"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> s, out ArticleNumber? number) => TryRead(s, '条', out number);

    /// <summary>Same as <see cref="TryRead(ReadOnlySpan{char}, out ArticleNumber?)"/> for another counter (章, 節, 号 …).</summary>
    public static bool TryRead(ReadOnlySpan<char> s, char counter, out ArticleNumber? number)
    {
        number = null;
        var first = ReadOne(s, 0, counter, out var firstNum);
        if (first == 0)
            return false;
        var end = first;
        var num = firstNum;
        var isRange = false;
        var rest = s[first..];
        if (rest.StartsWith("から"))
        {
            var second = ReadOne(s, first + 2, counter, out var secondNum);
            if (second > 0 && s[(first + 2 + second)..].StartsWith("まで"))
            {
                end = first + 2 + second + 2;
                num = $"{firstNum}:{secondNum}";
                isRange = true;
            }
        }
        else if (rest.StartsWith("及び") || rest.StartsWith("乃至") || rest.StartsWith("・"))
        {
            // 第二十条乃至第七十三条 is the old spelling of 第二十条から第七十三条まで.
            var skip = rest[0] == '・' ? 1 : 2;
            var second = ReadOne(s, first + skip, counter, out var secondNum);
            if (second > 0)
            {
                end = first + skip + second;
                num = $"{firstNum}:{secondNum}";
                isRange = true;
            }
        }
        number = new ArticleNumber(num, s[..end].ToString(), end, isRange);
        return true;
    }

    /// <summary>The e-Gov Num of a printed label, e.g. 第十条の二 → 10_2; null when it is not one.</summary>
    public static string? ToNum(string title) =>
        TryRead(title.AsSpan().Trim(), out var n) && n!.Length == title.AsSpan().Trim().Length ? n.Num : null;

    /// <summary>Formats a Num back into a kanji label: 10_2 → 第十条の二, 5:7 → 第五条から第七条まで.</summary>
    public static string FormatKanji(string num, char counter = '条')
    {
        var colon = num.IndexOf(':');
        if (colon >= 0)
            return $"{FormatKanji(num[..colon], counter)}から{FormatKanji(num[(colon + 1)..], counter)}まで";
        var parts = num.Split('_');
        var sb = new System.Text.StringBuilder("第");
        sb.Append(KanjiNumeral.Format(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture))).Append(counter);
        foreach (var branch in parts.Skip(1))
            sb.Append('の').Append(KanjiNumeral.Format(int.Parse(branch, System.Globalization.CultureInfo.InvariantCulture)));
        return sb.ToString();
    }

    // 第 N counter (の M)*; returns the length read and the Num ("10_2").
    private static int ReadOne(ReadOnlySpan<char> s, int start, char counter, out string num)
    {
        num = "";
        if (start >= s.Length || s[start] != '第')
            return 0;
        var pos = start + 1;
        var len = Numeral.Read(s, pos, out var main);
        if (len == 0)
            return 0;
        pos += len;
        if (pos >= s.Length || s[pos] != counter)
            return 0;
        pos++;
        var sb = new System.Text.StringBuilder();
        sb.Append(main);
        pos += ReadBranches(s, pos, sb);
        num = sb.ToString();
        return pos - start;
    }

    /// <summary>Reads の-branches (の二の三) at <paramref name="start"/>, appending _2_3 to <paramref name="num"/>.</summary>
    internal static int ReadBranches(ReadOnlySpan<char> s, int start, System.Text.StringBuilder num)
    {
        var pos = start;
        while (pos + 1 < s.Length && s[pos] == 'の')
        {
            var len = Numeral.Read(s, pos + 1, out var branch);
            if (len == 0)
                break;
            num.Append('_').Append(branch);
            pos += 1 + len;
        }
        return pos - start;
    }
}
