using Tenken.Core.Drafting.Aratamebun;

namespace Tenken.Core.Drafting.Planning;

/// <summary>
/// Turns the edits of one cited unit into 改め文 changes whose quotes are valid 法制執務: a quote changes every place it
/// occurs in the unit, so a quote that also occurs elsewhere is widened word by word (to the left first, keeping
/// 「X」の次に… where it can) until it occurs only where the change is meant. Edits a widened quote would run into
/// are merged into one change. Fails (null, with a reason) only when the unit repeats the very text to change.
/// </summary>
internal static class QuoteChooser
{
    public static List<TextChange>? Choose(IReadOnlyList<string> texts, List<UnitEdit> edits, out string reason)
    {
        reason = "";
        var pending = edits.OrderBy(e => e.Segment).ThenBy(e => e.Start).ToList();
        var chosen = new List<(UnitEdit Edit, int Start, int End)>();
        var twins = new HashSet<UnitEdit>();
        while (pending.Count > 0)
        {
            var edit = pending[0];
            pending.RemoveAt(0);
            var text = texts[edit.Segment];
            int start = edit.Start, end = edit.End;
            var insertForm = edit.Replacement.StartsWith(text[edit.Start..edit.End], StringComparison.Ordinal) && edit.End > edit.Start;
            var turn = 0;
            while (true)
            {
                // Quotes of one clause must not overlap: a neighbour the quote reaches is merged into this edit.
                var neighbour = pending.FirstOrDefault(p => p.Overlaps(edit.Segment, start, end));
                if (neighbour is not null)
                {
                    pending.Remove(neighbour);
                    edit = Merge(text, edit, neighbour);
                    start = Math.Min(start, edit.Start);
                    end = Math.Max(end, edit.End);
                    insertForm = false;
                    continue;
                }
                var taken = chosen.FirstOrDefault(c => c.Edit.Segment == edit.Segment && c.Start < end && start < c.End);
                if (taken.Edit is not null)
                {
                    reason = "改める語句が隣り合っていて、引用する語句を分けられません。";
                    return null;
                }
                var quote = text[start..end];
                if (quote.Length > 0 && !ChosenQuotes(chosen, texts).Contains(quote))
                {
                    var same = Twins(texts, quote, edit, start, pending);
                    if (same is not null)
                    {
                        // The same words changed the same way wherever they occur: one change covers them all.
                        foreach (var twin in same)
                        {
                            pending.Remove(twin.Edit);
                            twins.Add(twin.Edit);
                            chosen.Add(twin);
                        }
                        break;
                    }
                }
                var floor = chosen.Where(c => c.Edit.Segment == edit.Segment && c.End <= start).Select(c => c.End).DefaultIfEmpty(0).Max();
                var ceiling = text.Length;
                var left = TextRuns.Left(text, start, floor);
                var right = TextRuns.Right(text, end, ceiling);
                var goLeft = left < start && (insertForm || turn % 2 == 0 || right == end);
                if (goLeft)
                    start = left;
                else if (right > end)
                {
                    end = right;
                    insertForm = false;
                }
                else
                {
                    reason = $"「{Excerpt(quote)}」と同じ文言が同じ項・号の中に繰り返し出てくるため、引用する語句を一つに定められません。";
                    return null;
                }
                turn++;
            }
            chosen.Add((edit, start, end));
        }
        return [.. chosen.Where(c => !twins.Contains(c.Edit)).OrderBy(c => c.Edit.Segment).ThenBy(c => c.Start)
            .Select(c => Change(texts[c.Edit.Segment], c.Edit, c.Start, c.End))];
    }

    private static TextChange Change(string text, UnitEdit edit, int start, int end)
    {
        var quote = text[start..end];
        var result = text[start..edit.Start] + edit.Replacement + text[edit.End..end];
        if (result.Length == 0)
            return new TextChange(ChangeKind.Delete, quote);
        if (result.Length > quote.Length && result.StartsWith(quote, StringComparison.Ordinal))
            return new TextChange(ChangeKind.Insert, quote, result[quote.Length..]);
        return new TextChange(ChangeKind.Replace, quote, result);
    }

    private static UnitEdit Merge(string text, UnitEdit a, UnitEdit b)
    {
        var (first, second) = a.Start <= b.Start ? (a, b) : (b, a);
        var replacement = first.Replacement + text[first.End..Math.Max(first.End, second.Start)] + second.Replacement;
        return new UnitEdit(a.Segment, first.Start, Math.Max(first.End, second.End), replacement, [.. a.Sources, .. b.Sources]);
    }

    private static IEnumerable<string> ChosenQuotes(List<(UnitEdit Edit, int Start, int End)> chosen, IReadOnlyList<string> texts) =>
        chosen.Select(c => texts[c.Edit.Segment][c.Start..c.End]);

    /// <summary>
    /// Where the quote occurs in the unit (non-overlapping, as the applier counts): null when some occurrence is not
    /// meant to change, else the other pending edits that make the very same change at the other occurrences.
    /// </summary>
    private static List<(UnitEdit Edit, int Start, int End)>? Twins(IReadOnlyList<string> texts, string quote, UnitEdit edit, int start, List<UnitEdit> pending)
    {
        var twins = new List<(UnitEdit, int, int)>();
        for (var s = 0; s < texts.Count; s++)
        {
            for (var at = texts[s].IndexOf(quote, StringComparison.Ordinal); at >= 0; at = texts[s].IndexOf(quote, at + quote.Length, StringComparison.Ordinal))
            {
                if (s == edit.Segment && at == start)
                    continue;
                var twin = pending.FirstOrDefault(p => p.Segment == s && p.Start - at == edit.Start - start &&
                    p.End - p.Start == edit.End - edit.Start && p.Replacement == edit.Replacement);
                if (twin is null)
                    return null;
                twins.Add((twin, at, at + quote.Length));
            }
        }
        return twins;
    }

    private static string Excerpt(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
