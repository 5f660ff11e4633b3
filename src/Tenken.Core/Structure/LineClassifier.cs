using Tenken.Core.Structure.Lines;

namespace Tenken.Core.Structure;

/// <summary>
/// Decides what each line is from its text (or from the reader's <see cref="LineHint"/>), independently of its
/// neighbours; context-dependent decisions (wrapped line or new 項, table row) are the builder's.
/// </summary>
public static class LineClassifier
{
    public static ClassifiedLine Classify(SourceLine line)
    {
        var text = LineText.TrimSpaces(line.Text);
        if (text.Length == 0)
            return new ClassifiedLine(LineKind.Blank, line, text);
        return line.Hint switch
        {
            LineHint.None => Guess(line, text),
            LineHint.Ignore => new ClassifiedLine(LineKind.Ignore, line, text),
            LineHint.Title => TitleLine.Match(line, text) ?? new ClassifiedLine(LineKind.Title, line, text) { Body = text },
            LineHint.Number => PromulgationLine.Match(line, text) ?? new ClassifiedLine(LineKind.Number, line, text) { Body = text },
            LineHint.Caption => new ClassifiedLine(LineKind.Caption, line, text) { Label = text, Body = text },
            LineHint.Division => DivisionLine.Match(line, text) ?? new ClassifiedLine(LineKind.Division, line, text) { Label = text, Level = 1 },
            LineHint.Article => ArticleLine.Match(line, text, hinted: true) ?? new ClassifiedLine(LineKind.Text, line, text),
            LineHint.Paragraph => ParagraphLine.Match(line, text) ?? ParagraphLine.Unnumbered(line, text),
            LineHint.Item => ItemLine.Match(line, text) ?? new ClassifiedLine(LineKind.Text, line, text),
            LineHint.Supplementary => new ClassifiedLine(LineKind.Supplementary, line, text) { Label = text },
            LineHint.Appendix => AppendixLine.Match(line, text) ?? new ClassifiedLine(LineKind.Appendix, line, text) { Label = "別記", Body = text },
            LineHint.TableRow => new ClassifiedLine(LineKind.TableRow, line, text),
            _ => new ClassifiedLine(LineKind.Text, line, text),
        };
    }

    private static ClassifiedLine Guess(SourceLine line, string text)
    {
        var first = text[0];
        return first switch
        {
            '第' => ArticleLine.Match(line, text) ?? DivisionLine.Match(line, text) ?? AppendixLine.Match(line, text) ?? ItemLine.Match(line, text),
            '附' or '付' => SupplementaryLine.Match(line, text) ?? AppendixLine.Match(line, text),
            '別' or '様' or '書' => AppendixLine.Match(line, text),
            '○' or '◯' => TitleLine.Match(line, text),
            '〇' => TitleLine.Match(line, text) ?? ItemLine.Match(line, text),
            '（' or '(' => PromulgationLine.Match(line, text) ?? CaptionLine.Match(line, text) ?? ItemLine.Match(line, text),
            '目' => TitleLine.MatchContents(line, text),
            _ when Numerals.ArabicNumeral.IsDigit(first) => ParagraphLine.Match(line, text) ?? ItemLine.Match(line, text),
            _ => ItemLine.Match(line, text) ?? PromulgationLine.Match(line, text),
        } ?? new ClassifiedLine(LineKind.Text, line, text);
    }
}
