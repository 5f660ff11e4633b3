using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// A compiled lexicon pattern: plain text; text with gaps (<c>書面…通知</c>: the parts in order inside one sentence,
/// at most <see cref="MaxGap"/> characters apart); or a .NET regular expression after <c>re:</c>.
/// </summary>
internal sealed class CuePattern
{
    public const int MaxGap = 60;

    /// <summary>How long one regular-expression match may run before it counts as no match.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly string[] GapMarks = ["…", "...", "＊", "*"];

    private CuePattern(string[] parts, Regex? regex, string[]? prefixes = null)
    {
        Parts = parts;
        Regex = regex;
        Prefixes = parts.Length > 0 ? [parts[0]] : prefixes ?? [];
    }

    /// <summary>The literal parts, in order; empty for a regular expression.</summary>
    public string[] Parts { get; }

    /// <summary>The regular expression; for one with <see cref="Prefixes"/>, its form anchored with \G (tried only there).</summary>
    public Regex? Regex { get; }

    /// <summary>The first literal part, used to find candidate positions quickly; null for a regular expression.</summary>
    public string? Anchor => Parts.Length > 0 ? Parts[0] : null;

    /// <summary>
    /// Literal texts every match starts with: the first part, or for a regular expression that opens with a literal or
    /// a group of literal alternatives (<c>(書面|文書)…</c>) those literals. Empty when a regular expression has none; it
    /// is then run over the whole text.
    /// </summary>
    public string[] Prefixes { get; }

    /// <summary>Parses a pattern as written in a lexicon file; returns null with a Japanese error when it is unusable.</summary>
    public static CuePattern? Parse(string pattern, out string error)
    {
        error = "";
        if (pattern.StartsWith("re:", StringComparison.Ordinal))
        {
            try
            {
                // A pattern with literal openings is only ever tried at those openings, so only its anchored form
                // (\G) is built; one without is run over whole texts, which pays for compiling it.
                var prefixes = LiteralPrefixes(pattern[3..]);
                var regex = prefixes.Length > 0
                    ? new Regex($"\\G(?:{pattern[3..]})", RegexOptions.CultureInvariant, Timeout)
                    : new Regex(pattern[3..], RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
                if (regex.IsMatch(""))
                {
                    error = "正規表現が空文字列に一致します（何にでも一致してしまいます）。";
                    return null;
                }
                return new CuePattern([], regex, prefixes);
            }
            catch (ArgumentException ex)
            {
                error = $"正規表現の書き方に誤りがあります: {RawError(pattern[3..]) ?? ex.Message}";
                return null;
            }
        }
        var parts = pattern.Split(GapMarks, StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0))
        {
            error = "語句が空です（「…」の前後には語句を書いてください）。";
            return null;
        }
        return new CuePattern(parts, null);
    }

    // The message for the pattern as the user wrote it, not for its anchored form (whose offsets would not match).
    private static string? RawError(string source)
    {
        try
        {
            _ = new Regex(source, RegexOptions.CultureInvariant);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The end of a match of the regular expression starting exactly at <paramref name="start"/> within <paramref name="limit"/>, or -1.</summary>
    public int MatchRegexAt(string text, int start, int limit)
    {
        // The timeout guards against a runaway pattern; a match it cuts short is no match, not a failed scan (on a
        // loaded machine a thread can be starved past it by wall-clock time alone).
        try
        {
            foreach (var m in Regex!.EnumerateMatches(text.AsSpan(0, limit), start))
                return m.Index == start && m.Length > 0 ? start + m.Length : -1;
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return -1;
    }

    private const string Meta = "\\.[]{}()*+?^$|";

    /// <summary>
    /// Literal openings of a regular expression: the leading literal runs, escaped characters and groups of literal
    /// alternatives, multiplied out (<c>(書面|文書)をもつて</c> opens with 書面をもつて and 文書をもつて), up to the first
    /// construct that is not literal. Longer openings mean fewer places to try the expression. Empty when it opens
    /// with anything else (a class, a quantified group) or has a top-level alternation.
    /// </summary>
    internal static string[] LiteralPrefixes(string source)
    {
        const int MaxPrefixes = 64;
        if (TopLevelAlternation(source))
            return [];
        List<string> prefixes = [""];
        var i = 0;
        while (i < source.Length)
        {
            string[] unit;
            var next = i;
            var c = source[i];
            if (c == '(')
            {
                var close = source.IndexOf(')', i);
                if (close < 0 || source.IndexOf('(', i + 1, close - i - 1) >= 0)
                    break;
                unit = source[(i + 1)..close].Split('|');
                if (unit.Any(a => a.Length == 0 || a.IndexOfAny(MetaChars) >= 0))
                    break;
                next = close + 1;
            }
            else if (c == '\\' && i + 1 < source.Length && Meta.Contains(source[i + 1]))
            {
                unit = [source[i + 1].ToString()];
                next = i + 2;
            }
            else if (Meta.Contains(c))
                break;
            else
            {
                unit = [c.ToString()];
                next = i + 1;
            }
            // A quantified unit (…? …* …{0,n}) may be absent: the openings stop before it.
            if (next < source.Length && source[next] is '?' or '*' or '{')
                break;
            if (next < source.Length && source[next] == '+')
            {
                prefixes = [.. prefixes.SelectMany(p => unit.Select(u => p + u))];
                break;
            }
            if (prefixes.Count * unit.Length > MaxPrefixes)
                break;
            prefixes = [.. prefixes.SelectMany(p => unit.Select(u => p + u))];
            i = next;
        }
        // An opening that another opening of the same expression starts with adds nothing: the shorter one finds it.
        var result = prefixes.Where(p => p.Length > 0).Distinct().ToList();
        return [.. result.Where(a => !result.Any(b => b.Length < a.Length && a.StartsWith(b, StringComparison.Ordinal)))];
    }

    private static readonly char[] MetaChars = Meta.ToCharArray();

    private static bool TopLevelAlternation(string source)
    {
        var depth = 0;
        for (var i = 0; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Tries to complete a match whose first part starts at <paramref name="start"/>; the match may not reach past
    /// <paramref name="limit"/> (the end of the sentence). Returns the end of the match or -1.
    /// </summary>
    public int MatchAt(string text, int start, int limit)
    {
        var position = start + Parts[0].Length;
        if (position > limit)
            return -1;
        for (var i = 1; i < Parts.Length; i++)
        {
            var windowEnd = Math.Min(limit, position + MaxGap + Parts[i].Length);
            if (windowEnd <= position)
                return -1;
            var found = text.AsSpan(position, windowEnd - position).IndexOf(Parts[i], StringComparison.Ordinal);
            if (found < 0)
                return -1;
            // A gap never spans a condition clause (…ときは、 …場合において、): the parts would belong to different statements.
            var gap = text.AsSpan(position, found);
            if (gap.Contains("ときは", StringComparison.Ordinal) || gap.Contains("場合", StringComparison.Ordinal))
                return -1;
            // Keep matches minimal: when the first part occurs again before the second, the later one makes the match.
            if (i == 1 && text.AsSpan(start + 1, position + found - start - 1).Contains(Parts[0], StringComparison.Ordinal))
                return -1;
            position += found + Parts[i].Length;
        }
        return position;
    }
}
