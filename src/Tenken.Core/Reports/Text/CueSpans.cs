using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Text;

/// <summary>A marked stretch of an article's text: start and end (exclusive) in UTF-16 units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Turns cues into the spans a report marks: clamped to the text, sorted, overlaps and neighbours merged.</summary>
public static class CueSpans
{
    public static IReadOnlyList<TextSpan> Merge(IEnumerable<Cue> cues, int textLength)
    {
        var spans = new List<TextSpan>();
        foreach (var cue in cues)
        {
            var start = Math.Clamp(cue.Start, 0, textLength);
            var end = Math.Clamp(cue.End, 0, textLength);
            if (end > start)
                spans.Add(new TextSpan(start, end));
        }
        if (spans.Count < 2)
            return spans;
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var merged = new List<TextSpan> { spans[0] };
        for (var i = 1; i < spans.Count; i++)
        {
            var last = merged[^1];
            if (spans[i].Start <= last.End)
                merged[^1] = last with { End = Math.Max(last.End, spans[i].End) };
            else
                merged.Add(spans[i]);
        }
        return merged;
    }

    /// <summary>Cuts the text into (segment, marked) pieces that cover it exactly, in order.</summary>
    public static IEnumerable<(int Start, int End, bool Marked)> Segments(IReadOnlyList<TextSpan> spans, int textLength)
    {
        var at = 0;
        foreach (var span in spans)
        {
            if (span.Start > at)
                yield return (at, span.Start, false);
            yield return (span.Start, span.End, true);
            at = span.End;
        }
        if (at < textLength)
            yield return (at, textLength, false);
    }
}
