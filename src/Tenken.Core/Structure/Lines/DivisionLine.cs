using Tenken.Core.Numerals;

namespace Tenken.Core.Structure.Lines;

/// <summary>編・章・節・款・目 headings: 第1章　総則, 第二節の二　雑則.</summary>
internal static class DivisionLine
{
    private const string Counters = "編章節款目";

    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (text.Length == 0 || text[0] != '第' || text.Length > LineText.MaxHeadingLength)
            return null;
        foreach (var counter in Counters)
        {
            if (!ArticleNumber.TryRead(text.AsSpan(), counter, out var number) || number!.IsRange)
                continue;
            var end = number.Length;
            if (end < text.Length && !LineText.IsSpace(text[end]))
                return null;
            if (text.Contains('。'))
                return null;
            return new ClassifiedLine(LineKind.Division, source, text)
            {
                Label = number.Title,
                Num = number.Num,
                Level = Counters.IndexOf(counter) + 1,
                Body = LineText.After(text, end),
            };
        }
        return null;
    }

    /// <summary>A table-of-contents entry without its article range: 第1章　総則（第1条―第5条） → 第1章総則.</summary>
    public static string Normalize(string heading)
    {
        var s = heading.AsSpan().Trim();
        if (s.Length > 0 && LineText.IsCloseParen(s[^1]))
        {
            var open = s.LastIndexOfAny('（', '(');
            if (open > 0)
                s = s[..open];
        }
        var sb = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            if (!LineText.IsSpace(c))
                sb.Append(c);
        }
        return sb.ToString();
    }
}
