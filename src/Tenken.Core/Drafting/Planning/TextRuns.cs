namespace Tenken.Core.Drafting.Planning;

/// <summary>
/// Word-like runs of Japanese text for widening a quote: kanji, hiragana, katakana, digits, Latin, punctuation;
/// a bracketed phrase is taken whole. Widening to the left takes a particle together with the word before it
/// (関係人の|出頭), so quotes start and end where a reader expects.
/// </summary>
internal static class TextRuns
{
    private enum Kind
    {
        Kanji,
        Hiragana,
        Katakana,
        Digit,
        Latin,
        Open,
        Close,
        Other,
    }

    /// <summary>The start of the quote widened by one run to the left of <paramref name="start"/> (floor: <paramref name="floor"/>).</summary>
    public static int Left(string text, int start, int floor)
    {
        if (start <= floor)
            return start;
        var pos = Run(text, start, floor, -1);
        if (pos > floor && KindOf(text[pos]) is Kind.Hiragana && KindOf(text[pos - 1]) is Kind.Kanji or Kind.Katakana or Kind.Close or Kind.Digit)
            pos = Run(text, pos, floor, -1);
        return pos;
    }

    /// <summary>The end of the quote widened by one run to the right of <paramref name="end"/> (ceiling: <paramref name="ceiling"/>).</summary>
    public static int Right(string text, int end, int ceiling) =>
        end >= ceiling ? end : Run(text, end, ceiling, +1);

    private static int Run(string text, int at, int limit, int direction)
    {
        if (direction < 0)
        {
            var c = text[at - 1];
            if (KindOf(c) == Kind.Close)
                return Match(text, at - 1, limit, -1);
            var kind = KindOf(c);
            var pos = at - 1;
            while (pos > limit && KindOf(text[pos - 1]) == kind && kind is not (Kind.Open or Kind.Other))
                pos--;
            return pos;
        }
        else
        {
            var c = text[at];
            if (KindOf(c) == Kind.Open)
                return Match(text, at, limit, +1) + 1;
            var kind = KindOf(c);
            var pos = at + 1;
            while (pos < limit && KindOf(text[pos]) == kind && kind is not (Kind.Close or Kind.Other))
                pos++;
            return pos;
        }
    }

    /// <summary>The matching bracket of the one at <paramref name="at"/>, within the limit; the limit when unbalanced.</summary>
    private static int Match(string text, int at, int limit, int direction)
    {
        var depth = 0;
        for (var i = at; direction < 0 ? i >= limit : i < limit; i += direction)
        {
            var kind = KindOf(text[i]);
            if (kind == (direction < 0 ? Kind.Close : Kind.Open))
                depth++;
            else if (kind == (direction < 0 ? Kind.Open : Kind.Close) && --depth == 0)
                return i;
        }
        return direction < 0 ? limit : limit - 1;
    }

    private static Kind KindOf(char c) => c switch
    {
        >= '\u3041' and <= '\u309F' => Kind.Hiragana,
        (>= '\u30A0' and <= '\u30FF') or (>= '\uFF66' and <= '\uFF9F') => Kind.Katakana,
        (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々' or '〆' or '〇' => Kind.Kanji,
        (>= '0' and <= '9') or (>= '０' and <= '９') or '，' or ',' => Kind.Digit,
        (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') => Kind.Latin,
        '（' or '「' or '『' or '(' or '【' or '［' or '[' => Kind.Open,
        '）' or '」' or '』' or ')' or '】' or '］' or ']' => Kind.Close,
        _ => Kind.Other,
    };
}
