using Tenken.Core.Structure;

namespace Tenken.Office.Reading.Pdf;

/// <summary>
/// Joins the lines a PDF wrapped in the middle of a sentence, so the structure parser sees one line per 条, 項 or
/// 号 as in a text file. A line continues on the next when it runs to the right margin, does not end a sentence and
/// is no layout line (a wide gap inside), and the next line does not start a unit of its own (第N条, a 項 number, a
/// 号, a 見出し, 附則, 様式…, 別表…). Each line keeps the number of the page it starts on.
/// </summary>
internal static class PdfLineJoiner
{
    // A wrapped line ends within this many ems of the right margin, and spans at least this share of the page.
    private const double MarginSlack = 1.5;
    private const double MinimumWidthShare = 0.5;

    public static List<SourceLine> Join(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> widths)
    {
        var all = pages.SelectMany(p => p).ToList();
        var right = all.Count == 0 ? 0 : all.Max(l => l.Right);
        var lines = new List<SourceLine>();
        PdfTextLine? last = null;
        var start = 0;
        var text = "";
        foreach (var line in all)
        {
            if (last is not null && Wraps(last, right, widths[last.Page - 1]) && Continues(line))
            {
                text = Concat(text, line.Text);
                last = line;
                continue;
            }
            if (last is not null)
                lines.Add(new SourceLine(start, text));
            last = line;
            start = line.Page;
            text = line.Text;
        }
        if (last is not null)
            lines.Add(new SourceLine(start, text));
        return lines;
    }

    private static bool Wraps(PdfTextLine line, double right, double pageWidth) =>
        !line.WideGap && !EndsSentence(line.Text) && line.Right >= right - MarginSlack * line.Em &&
        line.Width >= MinimumWidthShare * pageWidth && !IsHeading(line.Text);

    private static bool Continues(PdfTextLine next) =>
        !next.WideGap && LineClassifier.Classify(new SourceLine(next.Page, next.Text)).Kind == LineKind.Text;

    private static bool IsHeading(string text) =>
        LineClassifier.Classify(new SourceLine(0, text)).Kind is LineKind.Caption or LineKind.Appendix or LineKind.Supplementary
            or LineKind.Division or LineKind.Title or LineKind.Number or LineKind.TableOfContents;

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd(' ', '　');
        return end.EndsWith('。') || end.EndsWith("。）", StringComparison.Ordinal) || end.EndsWith("。」", StringComparison.Ordinal);
    }

    private static string Concat(string text, string next) =>
        text.Length > 0 && next.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(next[0]) ? $"{text} {next}" : text + next;
}
