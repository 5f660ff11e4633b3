using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Patterns;

/// <summary>
/// Reads a pattern file (TAB-separated: 区分, 名前, 語句, 改正後, 適用, 備考; docs/draft-patterns.md). Lines are classified
/// first (comment, header, pattern); a bad line becomes a warning naming the file and line and is skipped.
/// </summary>
internal static class DraftPatternParser
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static IReadOnlyList<PatternLine> Parse(string content, string source, DiagnosticBag diagnostics)
    {
        var result = new List<PatternLine>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            var parsed = ParseLine(line, source, i + 1, out var error);
            if (parsed is not null)
                result.Add(parsed);
            else if (error.Length > 0)
                diagnostics.Warning(source, i + 1, $"改正パターンのこの行は読み飛ばしました: {error}", "draft.patterns.line");
        }
        return result;
    }

    private static PatternLine? ParseLine(string line, string source, int number, out string error)
    {
        error = "";
        var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
        if (cells.Length >= 2 && cells[1] is "名前" or "name")
            return null;
        if (cells.Length >= 5 && cells[4] is "off" or "無効")
            return new PatternLine(null, cells[1], source, number);
        if (cells.Length < 4)
        {
            error = cells.Length == 1 && line.Contains(',')
                ? "列がタブで区切られていません（カンマではなくタブで「区分、名前、語句、改正後、適用、備考」を区切ってください）。"
                : "列が足りません（「区分、名前、語句、改正後」の4列は必須です。区切りはタブです）。";
            return null;
        }
        if (!TryCategory(cells[0], out var category))
        {
            error = $"区分「{cells[0]}」が分かりません（PAPER などのコード、又は書面規制などの名称を書いてください）。";
            return null;
        }
        if (cells[1].Length == 0)
        {
            error = "名前が空です。";
            return null;
        }
        var scope = PatternScope.All;
        if (cells.Length > 4 && cells[4].Length > 0 && !TryScope(cells[4], out scope))
        {
            error = $"適用「{cells[4]}」が分かりません（* / 国 / 自治体 / 無効 のいずれかです）。";
            return null;
        }
        var regex = Compile(cells[2], out error);
        if (regex is null)
            return null;
        var replacement = cells[3].Replace("要個別検討：", DraftPattern.ManualPrefix, StringComparison.Ordinal);
        if (!CheckReplacement(regex, replacement, out error))
            return null;
        var note = cells.Length > 5 ? cells[5] : "";
        return new PatternLine(new DraftPattern(category, cells[1], regex, replacement, scope, note, source, number), cells[1], source, number);
    }

    private static Regex? Compile(string text, out string error)
    {
        error = "";
        if (text.Length == 0)
        {
            error = "語句が空です。";
            return null;
        }
        var pattern = text.StartsWith("re:", StringComparison.Ordinal) ? text[3..] : Regex.Escape(text);
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            if (regex.IsMatch(""))
            {
                error = $"語句「{text}」は空の文字列にも一致します。";
                return null;
            }
            return regex;
        }
        catch (ArgumentException ex)
        {
            error = $"語句「{text}」は正規表現として読めません（{ex.Message}）。";
            return null;
        }
    }

    /// <summary>A replacement naming a group the pattern does not have ($3 of two groups) is refused here, not at draft time.</summary>
    private static bool CheckReplacement(Regex regex, string replacement, out string error)
    {
        error = "";
        foreach (Match m in Regex.Matches(replacement, @"\$(\d+|\{(\w+)\})"))
        {
            var name = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value;
            if (regex.GroupNumberFromName(name) < 0)
            {
                error = $"改正後「{replacement}」の {m.Value} に当たるグループが語句にありません。";
                return false;
            }
        }
        return true;
    }

    private static bool TryScope(string text, out PatternScope scope)
    {
        scope = text switch
        {
            "*" or "＊" or "全て" or "all" => PatternScope.All,
            "国" or "national" => PatternScope.National,
            "自治体" or "municipal" => PatternScope.Municipal,
            _ => (PatternScope)(-1),
        };
        return scope >= 0;
    }

    private static bool TryCategory(string text, out RegulationCategory category)
    {
        if (Categories.TryParse(text, out category))
            return true;
        foreach (var info in Categories.All)
        {
            if (info.Name == text || info.Name.Replace("規制", "", StringComparison.Ordinal) == text)
            {
                category = info.Category;
                return true;
            }
        }
        return false;
    }
}

/// <summary>A parsed line: a pattern, or (Pattern null) an 無効 line that switches off earlier lines of that name.</summary>
internal sealed record PatternLine(DraftPattern? Pattern, string Name, string Source, int Line);
