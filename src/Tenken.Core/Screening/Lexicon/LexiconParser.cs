using System.Globalization;
using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// Reads a lexicon file (UTF-8 TSV: category, pattern, role, weight, note; docs/lexicon.md). A bad line becomes a
/// diagnostic with the file and line and is skipped; the other lines load.
/// </summary>
internal static class LexiconParser
{
    private static readonly Dictionary<string, LexiconRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cue"] = LexiconRole.Cue, ["手がかり"] = LexiconRole.Cue, ["語句"] = LexiconRole.Cue,
        ["verb"] = LexiconRole.Verb, ["動詞"] = LexiconRole.Verb,
        ["manner"] = LexiconRole.Manner, ["態様"] = LexiconRole.Manner, ["場所"] = LexiconRole.Manner,
        ["digital"] = LexiconRole.Digital, ["電子"] = LexiconRole.Digital,
        ["exclude"] = LexiconRole.Exclude, ["除外"] = LexiconRole.Exclude,
        ["organ"] = LexiconRole.Organ, ["機関"] = LexiconRole.Organ,
        ["off"] = LexiconRole.Off, ["無効"] = LexiconRole.Off,
    };

    private static readonly HashSet<string> HeaderWords = new(StringComparer.OrdinalIgnoreCase) { "role", "役割" };

    public static IReadOnlyList<(LexiconEntry Entry, CuePattern Pattern)> ReadFile(string path, DiagnosticBag diagnostics) =>
        UserFileText.Read(path, "語彙ファイル", "lexicon", diagnostics) is { } text ? Parse(text, path, diagnostics) : [];

    public static IReadOnlyList<(LexiconEntry Entry, CuePattern Pattern)> Parse(string content, string source, DiagnosticBag diagnostics)
    {
        var result = new List<(LexiconEntry, CuePattern)>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            var parsed = ParseLine(line, source, i + 1, out var error);
            if (parsed is null)
            {
                if (error.Length > 0)
                    diagnostics.Warning(source, i + 1, $"語彙ファイルのこの行は読み飛ばしました: {error}", "lexicon.line");
                continue;
            }
            result.Add(parsed.Value);
        }
        return result;
    }

    private static (LexiconEntry, CuePattern)? ParseLine(string line, string source, int lineNumber, out string error)
    {
        error = "";
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        if (cells.Length < 3)
        {
            error = cells.Length == 1 && line.Contains(',')
                ? "列がタブで区切られていません（カンマではなくタブで「区分、語句、役割、重み、備考」を区切ってください）。"
                : "列が足りません（「区分、語句、役割」の3列は必須です。区切りはタブです）。";
            return null;
        }
        if (HeaderWords.Contains(cells[2]))
            return null;
        if (!Roles.TryGetValue(cells[2], out var role))
        {
            error = $"役割「{cells[2]}」が分かりません（cue/verb/manner/digital/exclude/organ/off、又は 手がかり/動詞/態様/電子/除外/機関/無効）。";
            return null;
        }
        RegulationCategory? category = null;
        if (cells[0] is not ("*" or "＊" or ""))
        {
            if (!TryCategory(cells[0], out var c))
            {
                error = $"区分「{cells[0]}」が分かりません（VISUAL などのコード、目視規制などの名称、又は * を書いてください）。";
                return null;
            }
            category = c;
        }
        else if (role is LexiconRole.Cue or LexiconRole.Verb or LexiconRole.Manner)
        {
            error = "手がかり・動詞・態様の行には区分（VISUAL など）が必要です。";
            return null;
        }
        var text = TextFold.Fold(cells[1]);
        if (text.Length == 0)
        {
            error = "語句が空です。";
            return null;
        }
        var pattern = CuePattern.Parse(text, out var patternError);
        if (pattern is null)
        {
            error = patternError;
            return null;
        }
        var weight = DefaultWeight(role);
        if (cells.Length > 3 && cells[3].Length > 0)
        {
            // Full-width digits (０．８) as typed in Excel; TextFold avoids loading ICU at every start for NFKC.
            var w = TextFold.Fold(cells[3]);
            if (!double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || weight is < 0 or > 1)
            {
                error = $"重み「{cells[3]}」は 0 から 1 までの数で書いてください（例: 0.8）。";
                return null;
            }
        }
        var note = cells.Length > 4 ? cells[4] : "";
        return (new LexiconEntry(category, cells[1], role, weight, note, source, lineNumber), pattern);
    }

    private static bool TryCategory(string text, out RegulationCategory category)
    {
        if (Model.Categories.TryParse(text, out category))
            return true;
        foreach (var info in Model.Categories.All)
        {
            if (info.Name == text || info.Name.Replace("規制", "") == text)
            {
                category = info.Category;
                return true;
            }
        }
        return false;
    }

    private static double DefaultWeight(LexiconRole role) => role switch
    {
        LexiconRole.Cue => 0.7,
        LexiconRole.Verb => 0.6,
        LexiconRole.Manner => 0.7,
        _ => 1.0,
    };
}
