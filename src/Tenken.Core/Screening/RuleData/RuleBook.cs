using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;

namespace Tenken.Core.Screening.RuleData;

/// <summary>
/// The phrase lists and patterns of the context rules: the built-in files (Data/Rules, one per rule), then the
/// user's rules files in order, whose entries extend the built-in lists. Rules take their lists while the pipeline is
/// built; afterwards <see cref="ReportUnread"/> names every line no rule asked for, so nothing is ignored silently.
/// Used only while building a pipeline (not thread-safe); the regular expressions it hands out are.
/// </summary>
internal sealed class RuleBook
{
    public const string BuiltInPrefix = "tenken:rules/";

    /// <summary>
    /// Interpreted: compiling the ~60 expressions costs more at start than it saves over a whole 例規集 (measured on
    /// the 80 Acts); the hot sentence lists go through <see cref="PhraseMatcher"/> instead.
    /// </summary>
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>The end-of-sentence frame of <see cref="SentencePhrases"/>: the phrase, an optional 。, the end.</summary>
    private const string SentenceEnd = "。?$";

    private readonly List<RuleLine> _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<(string Rule, string List)> _asked = [];

    private RuleBook(List<RuleLine> lines, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>Every line in force, built-in first.</summary>
    public IReadOnlyList<RuleLine> Lines => _lines;

    /// <summary>The lists the rules have asked for so far (rule id, list name).</summary>
    public IReadOnlyCollection<(string Rule, string List)> ListsRead => _asked;

    /// <summary>Loads the built-in rule files, then each source in order.</summary>
    public static RuleBook Load(IEnumerable<RulesSource> sources, DiagnosticBag diagnostics)
    {
        var lines = new List<RuleLine>();
        var assembly = typeof(RuleBook).Assembly;
        const string folder = "Tenken.Core.Screening.Data.Rules.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            lines.AddRange(RuleFileParser.Parse(reader.ReadToEnd(), BuiltInPrefix + name[folder.Length..], diagnostics, checkPatterns: false));
        }
        foreach (var source in sources)
        {
            lines.AddRange(source.Path is { } path
                ? RuleFileParser.ReadFile(path, diagnostics)
                : RuleFileParser.Parse(source.Content ?? "", source.Name, diagnostics));
        }
        return new RuleBook(lines, diagnostics);
    }

    /// <summary>The entries of a list that the rule matches as plain text (a <c>re:</c> line there is reported and skipped).</summary>
    public IReadOnlyList<string> Phrases(string rule, string list)
    {
        var result = new List<string>();
        foreach (var line in Entries(rule, list))
        {
            if (line.IsPattern)
                _diagnostics.Warning(line.Source, line.Line, $"規則ファイルのこの行は読み飛ばしました: 規則「{rule}」の一覧「{list}」は語句をそのまま照合するため、正規表現（re:）は書けません。", "rules.line");
            else
                result.Add(line.Entry);
        }
        return result;
    }

    /// <summary>One list as a regular expression between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public Regex Pattern(string rule, string list, string before = "", string after = "") =>
        Pattern(rule, [new ListFrame(list, before, after)]);

    /// <summary>
    /// Several lists of a rule as one regular expression: each list's entries are alternatives inside its frame, and
    /// the framed lists are alternatives of each other. A list without entries matches nothing.
    /// </summary>
    public Regex Pattern(string rule, params ReadOnlySpan<ListFrame> lists) => Pattern(rule, lists, patternsOnly: false);

    private Regex Pattern(string rule, ReadOnlySpan<ListFrame> lists, bool patternsOnly)
    {
        var parts = new List<string>();
        foreach (var frame in lists)
        {
            var entries = Entries(rule, frame.List).Where(l => l.IsPattern || !patternsOnly).Select(l => $"(?:{RuleFileParser.Expand(l.Entry)})").ToList();
            if (entries.Count > 0)
                parts.Add($"{frame.Before}(?:{string.Join('|', entries)}){frame.After}");
        }
        return new Regex(parts.Count == 0 ? "(?!)" : string.Join('|', parts), Options);
    }

    /// <summary>
    /// A sentence test: the entries of <paramref name="anywhere"/> anywhere in the text, those of
    /// <paramref name="atEnd"/> at its end (。 optional). Either list may be null.
    /// </summary>
    public PhraseMatcher SentencePhrases(string rule, string? anywhere, string? atEnd = null)
    {
        var plainAnywhere = new List<string>();
        var plainAtEnd = new List<string>();
        var patterns = new List<ListFrame>();
        foreach (var (list, plain, after) in new[] { (anywhere, plainAnywhere, ""), (atEnd, plainAtEnd, SentenceEnd) })
        {
            if (list is null)
                continue;
            var lines = Entries(rule, list).ToList();
            plain.AddRange(lines.Where(l => !l.IsPattern).Select(l => l.Entry));
            if (lines.Any(l => l.IsPattern))
                patterns.Add(new ListFrame(list, After: after));
        }
        var regex = patterns.Count == 0 ? null : Pattern(rule, patterns.ToArray(), patternsOnly: true);
        return new PhraseMatcher([.. plainAnywhere], [.. plainAtEnd], regex);
    }

    /// <summary>
    /// Warns about every line no rule read: an unknown rule id, or a list the rule does not have (with the ones it has).
    /// </summary>
    public void ReportUnread(IReadOnlyCollection<string> ruleIds)
    {
        foreach (var line in _lines.Where(l => !l.SwitchesOff && !_asked.Contains((l.RuleId, l.List))))
        {
            var lists = _asked.Where(a => a.Rule == line.RuleId).Select(a => a.List).Order(StringComparer.Ordinal).ToList();
            var why = ruleIds.Contains(line.RuleId)
                ? $"規則「{line.RuleId}」に一覧「{line.List}」はありません（この規則の一覧: {(lists.Count > 0 ? string.Join("、", lists) : "なし")}）。"
                : UnknownRule(line.RuleId, ruleIds);
            _diagnostics.Warning(line.Source, line.Line, $"規則ファイルのこの行は使われません: {why}", "rules.line");
        }
    }

    /// <summary>The rules switched off by <c>off</c> lines; an unknown rule id is reported.</summary>
    public IReadOnlySet<string> SwitchedOff(IReadOnlyCollection<string> ruleIds)
    {
        var off = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in _lines.Where(l => l.SwitchesOff))
        {
            if (ruleIds.Contains(line.RuleId))
                off.Add(line.RuleId);
            else
                _diagnostics.Warning(line.Source, line.Line, $"規則ファイルのこの行は使われません: {UnknownRule(line.RuleId, ruleIds)}", "rules.line");
        }
        return off;
    }

    private static string UnknownRule(string id, IReadOnlyCollection<string> ruleIds) =>
        $"規則「{id}」はありません（使える規則: {string.Join("、", ruleIds)}。説明は docs/rules.md）。";

    private IEnumerable<RuleLine> Entries(string rule, string list)
    {
        _asked.Add((rule, list));
        return _lines.Where(l => l.RuleId == rule && l.List == list);
    }
}
