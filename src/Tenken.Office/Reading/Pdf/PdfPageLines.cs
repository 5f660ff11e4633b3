using System.Text;
using UglyToad.PdfPig.Content;

namespace Tenken.Office.Reading.Pdf;

/// <summary>
/// Rebuilds the horizontal lines of a page in reading order: letters grouped by baseline (top to bottom), sorted
/// left to right, and the room a form leaves between words (氏名　　　　印) written as full-width spaces, one per em,
/// so the structure parser and the form rules see what the page shows.
/// </summary>
internal static class PdfPageLines
{
    // Letters whose baselines differ by less than this share a line (a bracket or a digit sits a little off).
    private const double SameLine = 0.4;
    // A gap wider than this (in ems) between two letters is room left on the page, not letter spacing.
    private const double Room = 0.6;

    public static List<PdfTextLine> From(Page page)
    {
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ThenBy(l => l.StartBaseLine.X)
            .ToList();
        var lines = new List<PdfTextLine>();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > SameLine * Em(letter))
            {
                Add(page.Number, current, lines);
                current = [];
            }
            current.Add(letter);
        }
        Add(page.Number, current, lines);
        return lines;
    }

    private static void Add(int page, List<Letter> letters, List<PdfTextLine> lines)
    {
        if (letters.Count == 0)
            return;
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var text = new StringBuilder();
        var wide = false;
        var spaces = 0;
        Letter? previous = null;
        foreach (var letter in letters)
        {
            var em = Em(letter);
            if (previous is not null)
            {
                // A letter printed twice at (almost) the same place is simulated bold, not a second character.
                if (letter.Value == previous.Value && Math.Abs(letter.StartBaseLine.X - previous.StartBaseLine.X) < 0.2 * em)
                    continue;
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (!IsSpace(previous.Value) && !IsSpace(letter.Value))
                {
                    var latin = IsLatin(previous.Value) && IsLatin(letter.Value);
                    if (latin && gap > 0.15 * em)
                    {
                        text.Append(' ');
                    }
                    else if (!latin && gap > Room * em)
                    {
                        var count = Math.Max(1, (int)Math.Round(gap / em));
                        text.Append('　', count);
                        wide |= count >= 2;
                    }
                }
            }
            spaces = IsSpace(letter.Value) ? spaces + 1 : 0;
            wide |= spaces >= 2;
            text.Append(letter.Value);
            previous = letter;
        }
        var content = text.ToString().Trim(' ', '　');
        if (content.Length == 0)
            return;
        var first = letters.First(l => !IsSpace(l.Value));
        var last = letters.Last(l => !IsSpace(l.Value));
        lines.Add(new PdfTextLine(page, content, first.StartBaseLine.Y, first.StartBaseLine.X, last.EndBaseLine.X, Em(first), wide));
    }

    private static double Em(Letter letter) => letter.PointSize > 1 ? letter.PointSize : Math.Max(letter.Width, 1);

    private static bool IsSpace(string value) => value.All(c => c is ' ' or '　' or '\u00A0' or '\t');

    private static bool IsLatin(string value) => value.Length > 0 && value[^1] < 0x2E80 && char.IsLetterOrDigit(value[^1]);
}
