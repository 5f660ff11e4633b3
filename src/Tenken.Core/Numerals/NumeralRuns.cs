using System.Globalization;
using System.Text;

namespace Tenken.Core.Numerals;

/// <summary>
/// Rewrites runs of kanji numerals in running text as Arabic digits (第百二十三条 → 第123条, 三十日 → 30日, 二〇二四 →
/// 2024), for search keys that should not care how a number was printed. Each run is read by
/// <see cref="KanjiNumeral"/>; a run that is no well-formed number (十百) is left as written.
/// </summary>
public static class NumeralRuns
{
    public static string ToDigits(string text)
    {
        var start = text.AsSpan().IndexOfAny(RunChars);
        if (start < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, start);
        var i = start;
        while (i < text.Length)
        {
            if (!IsRunChar(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }
            var from = i;
            while (i < text.Length && IsRunChar(text[i]))
                i++;
            var run = text.AsSpan(from, i - from);
            if (KanjiNumeral.TryParseInt64(run, out var value))
                sb.Append(value.ToString(CultureInfo.InvariantCulture));
            else
                sb.Append(run);
        }
        return sb.ToString();
    }

    // The modern forms only: 壱, 拾, 元 or ○ in running text are words or marks (元の, ○○市) more often than numbers.
    private const string RunChars = "〇一二三四五六七八九零十百千万億";

    private static bool IsRunChar(char c) => RunChars.Contains(c, StringComparison.Ordinal);
}
