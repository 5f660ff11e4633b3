using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.RuleData;

/// <summary>
/// Whether a sentence holds a phrase of some lists, anywhere or at its end (。 optional, as the regular expression
/// <c>…。?$</c>): plain entries by ordinal search, <c>re:</c> entries by one regular expression. The sentence classifier
/// runs on every sentence of an article with a candidate; a search per phrase is quicker there than one interpreted
/// alternation of them all. Immutable and thread-safe.
/// </summary>
internal sealed class PhraseMatcher(string[] anywhere, string[] atEnd, Regex? patterns)
{
    public bool IsMatch(string text)
    {
        var span = text.AsSpan();
        foreach (var phrase in anywhere)
        {
            if (span.Contains(phrase, StringComparison.Ordinal))
                return true;
        }
        if (atEnd.Length > 0 && (EndsWithAny(span) || (span.EndsWith('\n') && EndsWithAny(span[..^1]))))
            return true;
        return patterns?.IsMatch(text) ?? false;
    }

    private bool EndsWithAny(ReadOnlySpan<char> span)
    {
        var withoutStop = span.EndsWith('。') ? span[..^1] : [];
        foreach (var phrase in atEnd)
        {
            if (span.EndsWith(phrase, StringComparison.Ordinal) || withoutStop.EndsWith(phrase, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
