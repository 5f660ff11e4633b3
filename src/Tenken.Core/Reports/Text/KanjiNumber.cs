namespace Tenken.Core.Reports.Text;

/// <summary>Writes small numbers the way statutes print them (二, 十一, 百二十三) for 項 and 号 labels.</summary>
internal static class KanjiNumber
{
    private const string Digits = "〇一二三四五六七八九";

    public static string Format(int n)
    {
        if (n <= 0 || n >= 10000)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var s = "";
        foreach (var (unit, name) in new[] { (1000, "千"), (100, "百"), (10, "十") })
        {
            var d = n / unit;
            n %= unit;
            if (d > 0)
                s += (d == 1 ? "" : Digits[d].ToString()) + name;
        }
        return n > 0 ? s + Digits[n] : s;
    }

    /// <summary>True for 一, 十二, 二十の二 and the like: kanji numerals, optionally with の-branches.</summary>
    public static bool IsKanjiNumber(string text) =>
        text.Length > 0 && text.All(c => c is '〇' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or 'の');
}
