namespace Tenken.Core.Screening.Forms;

/// <summary>A seal cue in a 様式 or 別表: its span in the unit's text, the rule that found it and how sure it is.</summary>
internal sealed record FormCue(int Start, int End, string RuleId, double Confidence);

/// <summary>
/// Finds the places where a 様式 or 別表 asks for a seal: a seal box (氏名　　印, 代表者　　㊞, （印）, 印 alone under a
/// name line) and a seal phrase (記名押印, 押印欄, a 押印 column heading) that no 不要・省略 takes back. Generic: it reads the
/// layout of the lines, never the name of an ordinance. 印鑑登録番号, 登録印 and the office's 受付　印 are not boxes.
/// </summary>
internal static class SealBoxFinder
{
    public const string BoxRule = "form.seal-box";
    public const string PhraseRule = "form.seal-phrase";

    private const double BoxConfidence = 0.9;
    private const double PhraseConfidence = 0.8;
    private const int NegationWindow = 16;

    public static List<FormCue> Find(string text)
    {
        var cues = new List<FormCue>();
        FormLine? previous = null;
        foreach (var line in FormLine.Split(text))
        {
            for (var t = 0; t < line.Tokens.Count; t++)
            {
                if (BoxStart(line, t, previous) is { } start)
                    cues.Add(new FormCue(start, line.Tokens[t].End, BoxRule, BoxConfidence));
            }
            AddPhrases(line, cues);
            if (line.Tokens.Count > 0)
                previous = line;
        }
        return [.. cues.DistinctBy(c => (c.Start, c.End)).OrderBy(c => c.Start)];
    }

    // The start of the box's cue (its name label when the box stands alone after one), or null when token t is no box.
    private static int? BoxStart(FormLine line, int t, FormLine? previous)
    {
        var token = line.Token(t);
        var labelStart = t > 0 ? line.Tokens[t - 1].Start : line.Tokens[t].Start;
        if (token.Contains(FormWords.CircledSeal) || FormWords.BracketedSeals.Any(b => token.EndsWith(b, StringComparison.Ordinal)))
            return IsBareSeal(token) ? labelStart : line.Tokens[t].Start;
        // 代表者印, 氏名印: the box's room lost (a page that set it with &nbsp;), or a seal named by its label.
        if (FormWords.NameLabels.Any(n => token.EndsWith(n + "印", StringComparison.Ordinal)) && t == line.Tokens.Count - 1)
            return line.Tokens[t].Start;
        if (token != "印")
            return null;
        if (t == 0)
        {
            // 印 alone on its line, under 氏名 or 代表者 (a box drawn on two lines, or a table cell of its own).
            return line.Tokens.Count == 1 && previous is not null && FormWords.NameLabels.Any(previous.Content.Contains)
                ? line.Tokens[0].Start
                : null;
        }
        // 氏　名　　　印 has its label spaced out; 実　印 or 印　鑑 in a spaced title is a word, not a box.
        var first = t - 1;
        while (first > 0 && line.Token(first).Length == 1 && line.Token(first - 1).Length == 1 && line.GapBefore(first) == 1)
            first--;
        var label = string.Concat(Enumerable.Range(first, t - first).Select(line.Token));
        if (FormWords.OfficeStamps.Any(s => label.EndsWith(s, StringComparison.Ordinal)))
            return null;
        var spacedOut = line.Token(t - 1).Length == 1 && line.GapBefore(t) < 2;
        if (spacedOut && !FormWords.NameLabels.Any(label.Contains))
            return null;
        return line.Tokens[first].Start;
    }

    private static bool IsBareSeal(string token) => token.Length == 1 || FormWords.BracketedSeals.Contains(token);

    private static void AddPhrases(FormLine line, List<FormCue> cues)
    {
        var text = line.Text;
        var end = line.End;
        var i = line.Offset;
        while (i < end)
        {
            var phrase = FormWords.SealPhrases.FirstOrDefault(p => i + p.Length <= end && text.AsSpan(i).StartsWith(p));
            if (phrase is null)
            {
                i++;
                continue;
            }
            var stop = i + phrase.Length;
            if (stop < end && text[stop] == '欄')
                stop++;
            var after = text.Substring(stop, Math.Min(NegationWindow, end - stop));
            if (!FormWords.Negations.Any(n => after.Contains(n, StringComparison.Ordinal)))
                cues.Add(new FormCue(i, stop, PhraseRule, PhraseConfidence));
            i = stop;
        }
    }
}
