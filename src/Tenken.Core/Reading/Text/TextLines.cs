using Tenken.Core.Structure;

namespace Tenken.Core.Reading.Text;

/// <summary>Splits decoded text into numbered <see cref="SourceLine"/>s at CR LF, LF or CR (and form feeds).</summary>
public static class TextLines
{
    public static List<SourceLine> Split(string text, LineHint hint = LineHint.None)
    {
        var lines = new List<SourceLine>();
        if (text.AsSpan().IndexOfAny('\n', '\r', '\f') < 0)
        {
            // One line (perhaps of megabytes): no copy.
            lines.Add(new SourceLine(1, text, hint));
            return lines;
        }
        var start = 0;
        var number = 1;
        while (start <= text.Length)
        {
            var rel = text.AsSpan(start).IndexOfAny('\n', '\r', '\f');
            var end = rel < 0 ? text.Length : start + rel;
            lines.Add(new SourceLine(number++, text[start..end], hint));
            if (rel < 0)
                break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            if (start == text.Length)
                break;
        }
        return lines;
    }

    /// <summary>The length of the longest line, for messages about a file that has no line breaks.</summary>
    public static int LongestLine(IReadOnlyList<SourceLine> lines) => lines.Count == 0 ? 0 : lines.Max(l => l.Text.Length);
}
