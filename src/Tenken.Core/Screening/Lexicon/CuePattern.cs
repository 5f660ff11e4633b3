using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// A compiled lexicon pattern: plain text; text with gaps (<c>書面…通知</c>: the parts in order inside one sentence,
/// at most <see cref="MaxGap"/> characters apart); or a .NET regular expression after <c>re:</c>.
/// </summary>
internal sealed class CuePattern
{
    public const int MaxGap = 60;

    private static readonly string[] GapMarks = ["…", "...", "＊", "*"];

    private CuePattern(string[] parts, Regex? regex)
    {
        Parts = parts;
        Regex = regex;
    }

    /// <summary>The literal parts, in order; empty for a regular expression.</summary>
    public string[] Parts { get; }

    public Regex? Regex { get; }

    /// <summary>The first literal part, used to find candidate positions quickly; null for a regular expression.</summary>
    public string? Anchor => Parts.Length > 0 ? Parts[0] : null;

    /// <summary>Parses a pattern as written in a lexicon file; returns null with a Japanese error when it is unusable.</summary>
    public static CuePattern? Parse(string pattern, out string error)
    {
        error = "";
        if (pattern.StartsWith("re:", StringComparison.Ordinal))
        {
            try
            {
                var regex = new Regex(pattern[3..], RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200));
                if (regex.IsMatch(""))
                {
                    error = "正規表現が空文字列に一致します（何にでも一致してしまいます）。";
                    return null;
                }
                return new CuePattern([], regex);
            }
            catch (ArgumentException ex)
            {
                error = $"正規表現の書き方に誤りがあります: {ex.Message}";
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

    /// <summary>
    /// Tries to complete a match whose first part starts at <paramref name="start"/>; the match may not reach past
    /// <paramref name="limit"/> (the end of the sentence). Returns the end of the match or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
