using System.Text;
using Tenken.Core.Numerals;

namespace Tenken.Knowledge.Text;

/// <summary>
/// Normalises article text for retrieval: NFKC (full-width to half-width, （） to ()), kanji numerals to digits,
/// parenthesised insertions (citations such as （昭和二十二年法律第六十七号）, 以下「法」という) and white space removed.
/// </summary>
public static class RetrievalText
{
    public static string Normalize(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var numerals = NumeralRuns.ToDigits(nfkc);
        return RemoveWhiteSpace(RemoveParentheses(numerals));
    }

    /// <summary>Drops text inside ( ) including nested pairs; an unmatched ")" is kept as text.</summary>
    private static string RemoveParentheses(string text)
    {
        var sb = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            else if (depth == 0)
                sb.Append(c);
        }
        return depth == 0 ? sb.ToString() : text;
    }

    private static string RemoveWhiteSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                sb.Append(c);
        }
        return sb.ToString();
    }
}
