using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;

namespace Tenken.Core.Screening.RuleData;

/// <summary>
/// Reads a rules file (UTF-8 TSV: rule id, list, entry, note; docs/rules.md). Like the lexicon, a bad line becomes a
/// warning with the file and line and is skipped; the other lines load. Whether the rule and list exist is checked
/// once the rules have asked for their lists (<see cref="RuleBook.ReportUnread"/>).
/// </summary>
internal static class RuleFileParser
{
    private static readonly HashSet<string> HeaderWords = new(StringComparer.OrdinalIgnoreCase) { "rule", "規則" };

    public static IReadOnlyList<RuleLine> ReadFile(string path, DiagnosticBag diagnostics) =>
        UserFileText.Read(path, "規則ファイル", "rules", diagnostics) is { } text ? Parse(text, path, diagnostics) : [];

    /// <summary>
    /// Reads rules text. <paramref name="checkPatterns"/> false skips compiling each <c>re:</c> entry on its own (the
    /// built-in files, checked by the tests instead: it saves work at every start).
    /// </summary>
    public static IReadOnlyList<RuleLine> Parse(string content, string source, DiagnosticBag diagnostics, bool checkPatterns = true)
    {
        var result = new List<RuleLine>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            if (ParseLine(line, source, i + 1, checkPatterns, out var error) is { } parsed)
                result.Add(parsed);
            else if (error.Length > 0)
                diagnostics.Warning(source, i + 1, $"規則ファイルのこの行は読み飛ばしました: {error}", "rules.line");
        }
        return result;
    }

    private static RuleLine? ParseLine(string line, string source, int lineNumber, bool checkPatterns, out string error)
    {
        error = "";
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        if (HeaderWords.Contains(cells[0]))
            return null;
        if (cells.Length < 2 || cells[0].Length == 0 || cells[1].Length == 0)
        {
            error = cells.Length == 1 && line.Contains(',')
                ? "列がタブで区切られていません（カンマではなくタブで「規則、一覧、語句、備考」を区切ってください）。"
                : "列が足りません（「規則、一覧、語句」の3列、規則を止めるときは「規則、off」の2列です。区切りはタブです）。";
            return null;
        }
        var entry = cells.Length > 2 ? cells[2] : "";
        var note = cells.Length > 3 ? cells[3] : "";
        var parsed = new RuleLine(cells[0], cells[1], entry, note, source, lineNumber);
        if (parsed.SwitchesOff)
            return parsed;
        if (entry.Length == 0)
        {
            error = "語句が空です（規則を止めるときは一覧の列に off と書きます）。";
            return null;
        }
        if (checkPatterns && parsed.IsPattern && !IsUsablePattern(entry, out error))
            return null;
        return parsed;
    }

    /// <summary>The regular expression an entry stands for: plain text matches as written, <c>re:</c> as a pattern.</summary>
    public static string Expand(string entry) =>
        entry.StartsWith(RuleLine.PatternPrefix, StringComparison.Ordinal)
            ? entry[RuleLine.PatternPrefix.Length..].Replace(NumberToken, Basis.ArticleCitations.NumberPattern, StringComparison.Ordinal)
            : Regex.Escape(entry);

    /// <summary>Stands for an article or paragraph number in kanji or digits (第{番号}条).</summary>
    public const string NumberToken = "{番号}";

    private static bool IsUsablePattern(string entry, out string error)
    {
        error = "";
        try
        {
            if (new Regex(Expand(entry)).IsMatch(""))
            {
                error = $"正規表現「{entry}」は空の文字列に一致するため使えません（どの文にも一致してしまいます）。";
                return false;
            }
            return true;
        }
        catch (ArgumentException ex)
        {
            error = $"正規表現として読めません（{ex.Message}）。";
            return false;
        }
    }
}
