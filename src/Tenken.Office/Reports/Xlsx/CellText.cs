using System.Text;
using Tenken.Core.Reports.Text;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// Makes text fit a cell: characters XML cannot carry become U+FFFD (one for one, so cue offsets stay valid), text
/// longer than Excel's 32,767-character limit is cut with a note, and a literal <c>_xHHHH_</c> is escaped so Excel
/// does not decode it.
/// </summary>
internal static class CellText
{
    public const int MaxLength = 32_767;
    public const string CutNote = "…（文字数がExcelの上限を超えるため以下省略）";

    /// <summary>The text as a cell may hold it, and the spans clipped to what remains.</summary>
    public static (string Text, IReadOnlyList<TextSpan> Spans) Fit(string text, IReadOnlyList<TextSpan> spans)
    {
        text = ReplaceInvalid(text);
        if (text.Length <= MaxLength)
            return (text, spans);
        var keep = MaxLength - CutNote.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
            keep--;
        var clipped = spans.Where(s => s.Start < keep).Select(s => s with { End = Math.Min(s.End, keep) }).ToList();
        return (text[..keep] + CutNote, clipped);
    }

    public static string Fit(string text) => Fit(text, []).Text;

    /// <summary>Escapes the underscore of a literal <c>_xHHHH_</c> as <c>_x005F_</c> (ECMA-376 ST_Xstring).</summary>
    public static string EscapeForXstring(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
            return text;
        var sb = new StringBuilder(text.Length + 8);
        var from = 0;
        for (; at >= 0; at = text.IndexOf("_x", at + 1, StringComparison.Ordinal))
        {
            if (at + 7 <= text.Length && text[at + 6] == '_' && text.AsSpan(at + 2, 4).ContainsOnlyHex())
            {
                sb.Append(text, from, at - from).Append("_x005F_");
                from = at + 1;
            }
        }
        return sb.Append(text, from, text.Length - from).ToString();
    }

    private static string ReplaceInvalid(string text)
    {
        var i = FirstInvalid(text);
        if (i < 0)
            return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (IsInvalid(c))
                chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (IsInvalid(c))
                return i;
        }
        return -1;
    }

    private static bool IsInvalid(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}

internal static class HexSpanExtensions
{
    public static bool ContainsOnlyHex(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigit(c))
                return false;
        }
        return true;
    }
}
