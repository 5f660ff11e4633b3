using System.Text;

namespace Tenken.Ai.Validation;

/// <summary>
/// Finds a quote in the article text: verbatim, or ignoring white space and full-width/half-width differences
/// (models often drop the full-width space after a paragraph number). Anything else is an invented quote.
/// </summary>
public static class QuoteLocator
{
    public const string RuleId = "llm.quote";

    /// <summary>The quote's span in <paramref name="text"/> (End exclusive), or null when it does not occur.</summary>
    public static (int Start, int End)? Find(string text, string quote)
    {
        if (quote.Length == 0)
            return null;
        var exact = text.IndexOf(quote, StringComparison.Ordinal);
        if (exact >= 0)
            return (exact, exact + quote.Length);
        var (normText, map) = Normalize(text);
        var (normQuote, _) = Normalize(quote);
        if (normQuote.Length == 0)
            return null;
        var at = normText.IndexOf(normQuote, StringComparison.Ordinal);
        return at < 0 ? null : (map[at], map[at + normQuote.Length - 1] + 1);
    }

    private static (string Text, int[] Map) Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var map = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
                continue;
            var folded = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKC);
            foreach (var f in folded)
            {
                sb.Append(f);
                map.Add(i);
            }
        }
        return (sb.ToString(), [.. map]);
    }
}
