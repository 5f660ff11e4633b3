using System.Text.RegularExpressions;

namespace Tenken.Core.Structure.Lines;

/// <summary>
/// 公布日 and 例規番号 lines under the title: 平成9年11月14日 / 条例第25号 / 平成9年11月14日　条例第25号 /
/// 令和２年３月規則第５号 / 平成五年法律第八十八号, optionally in parentheses.
/// </summary>
internal static partial class PromulgationLine
{
    private const string N = "[0-9０-９〇一二三四五六七八九十百千元]+";

    [GeneratedRegex(@"^[（(]?\s*(?<date>(明治|大正|昭和|平成|令和)\s*" + N + @"\s*年(\s*" + N + @"\s*月)?(\s*" + N + @"\s*日)?)?[\s　]*(?<number>[^\s　（()）]{0,16}?第" + N + @"号)?\s*[）)]?$")]
    private static partial Regex Pattern();

    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (text.Length > 80)
            return null;
        var m = Pattern().Match(text);
        if (!m.Success || (!m.Groups["date"].Success && !m.Groups["number"].Success))
            return null;
        var value = (m.Groups["date"].Value + m.Groups["number"].Value).Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);
        return new ClassifiedLine(LineKind.Number, source, text) { Body = value, Label = m.Groups["number"].Value };
    }
}
