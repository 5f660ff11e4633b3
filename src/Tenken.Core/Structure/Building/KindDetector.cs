namespace Tenken.Core.Structure.Building;

/// <summary>
/// 例規種別 from the title's ending (…条例, …規則, …規程, …要綱) or, failing that, from the number (規則第5号).
/// A national number (法律第…号, 政令第…号) wins over the title, since 施行規則 of a ministry is a 省令.
/// </summary>
internal static class KindDetector
{
    private static readonly string[] TitleKinds =
        ["条例", "規則", "規程", "要綱", "要領", "訓令", "告示", "細則", "規約", "基準", "方針", "指針", "憲章", "内規", "協定"];

    private static readonly string[] NumberKinds =
        ["条例", "規則", "規程", "訓令", "告示", "要綱", "法律", "政令", "勅令", "府令", "省令", "達", "指令"];

    public static string Detect(string title, string? number)
    {
        var fromNumber = number is null ? null : FromNumber(number);
        if (fromNumber is "法律" or "政令" or "勅令" or "府令" or "省令")
            return fromNumber;
        var t = TrimTrailingNote(title);
        foreach (var kind in TitleKinds)
        {
            if (t.EndsWith(kind, StringComparison.Ordinal))
                return kind;
        }
        if (fromNumber is not null)
            return fromNumber;
        if (t.EndsWith('法'))
            return "法律";
        return t.EndsWith("施行令", StringComparison.Ordinal) ? "政令" : "";
    }

    private static string? FromNumber(string number)
    {
        var dai = number.LastIndexOf('第');
        if (dai <= 0)
            return null;
        var before = number[..dai];
        return NumberKinds.FirstOrDefault(k => before.EndsWith(k, StringComparison.Ordinal));
    }

    // かつらぎ町表彰規程（抄） → かつらぎ町表彰規程
    private static string TrimTrailingNote(string title)
    {
        var t = title.Trim();
        if (t.Length > 0 && t[^1] is '）' or ')')
        {
            var open = t.LastIndexOfAny(['（', '(']);
            if (open > 0)
                t = t[..open].TrimEnd();
        }
        return t;
    }
}
