namespace Tenken.Core.Screening.Forms;

/// <summary>
/// One line of a 様式 or 別表 cut into tokens (runs of non-space characters) with their offsets in the unit's text;
/// the gaps between tokens are where a form leaves room to write (氏名　　　印).
/// </summary>
internal sealed class FormLine
{
    private FormLine(string text, int offset, int end, List<(int Start, int End)> tokens)
    {
        Text = text;
        Offset = offset;
        End = end;
        Tokens = tokens;
    }

    /// <summary>The whole unit text the offsets index into.</summary>
    public string Text { get; }

    /// <summary>Offset of the line's first character in <see cref="Text"/>.</summary>
    public int Offset { get; }

    /// <summary>Offset just past the line's last character (its line break or the end of the text).</summary>
    public int End { get; }

    /// <summary>The line itself.</summary>
    public string Content => Text[Offset..End];

    /// <summary>Token spans, absolute offsets in <see cref="Text"/>, End exclusive.</summary>
    public IReadOnlyList<(int Start, int End)> Tokens { get; }

    public string Token(int index) => Text[Tokens[index].Start..Tokens[index].End];

    /// <summary>Spaces between token <paramref name="index"/> - 1 and token <paramref name="index"/>.</summary>
    public int GapBefore(int index) => index == 0 ? 0 : Tokens[index].Start - Tokens[index - 1].End;

    /// <summary>The lines of a unit's text, split at line breaks.</summary>
    public static IEnumerable<FormLine> Split(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            yield return Cut(text, start, end);
            start = end + 1;
        }
    }

    private static FormLine Cut(string text, int start, int end)
    {
        var tokens = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i]))
                i++;
            var s = i;
            while (i < end && !IsSpace(text[i]))
                i++;
            if (i > s)
                tokens.Add((s, i));
        }
        return new FormLine(text, start, end, tokens);
    }

    // Any white space: full-width, no-break, em spaces (&emsp;) as well as ASCII.
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);
}
