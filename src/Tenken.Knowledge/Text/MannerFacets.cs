using System.Text.RegularExpressions;

namespace Tenken.Knowledge.Text;

/// <summary>
/// What an article says about the manner of a duty, apart from its topic: the text around analog cue words
/// (書面, 押印, 立入, 閲覧 …) and a few facets that separate a duty from a false alarm (penalty, definition,
/// 準用, a digital route, no cue word at all). Retrieval weighs these above the topic words.
/// </summary>
public static partial class MannerFacets
{
    /// <summary>Characters kept on each side of a cue word.</summary>
    public const int WindowRadius = 10;

    private static readonly string[] CueWords =
    [
        "目視", "巡視", "見張", "監視", "現地", "実地", "立入", "立ち入", "臨検", "帳簿", "定期", "毎年", "年0回", "点検",
        "常駐", "専任", "常時", "講習", "研修", "掲示", "見やすい", "標識", "閲覧", "縦覧", "備え付", "備え置",
        "フロッピー", "磁気", "光ディスク", "書面", "申請書", "文書", "原本", "謄本", "郵便", "押印", "記名", "署名",
        "印鑑", "実印", "出頭", "来庁", "窓口", "持参", "立会", "面接", "読み聞", "電磁的", "電子情報処理組織", "インターネット",
    ];

    private static readonly (string Name, Regex Pattern)[] Facets =
    [
        ("penalty", PenaltyPattern()),
        ("definition", DefinitionPattern()),
        ("digital", DigitalPattern()),
        ("mutatis", MutatisPattern()),
        ("duty", DutyPattern()),
        ("may", MayPattern()),
    ];

    /// <summary>The text within <see cref="WindowRadius"/> characters of every cue word, merged and joined by '|'.</summary>
    public static string Windows(string normalized)
    {
        var spans = new List<(int Start, int End)>();
        var text = CollapseDigits(normalized);
        foreach (var cue in CueWords)
        {
            for (var i = text.IndexOf(cue, StringComparison.Ordinal); i >= 0; i = text.IndexOf(cue, i + 1, StringComparison.Ordinal))
                spans.Add((Math.Max(0, i - WindowRadius), Math.Min(text.Length, i + cue.Length + WindowRadius)));
        }
        if (spans.Count == 0)
            return "";
        spans.Sort();
        var merged = new List<(int Start, int End)> { spans[0] };
        foreach (var (start, end) in spans.Skip(1))
        {
            var last = merged[^1];
            if (start <= last.End)
                merged[^1] = (last.Start, Math.Max(last.End, end));
            else
                merged.Add((start, end));
        }
        return string.Join("|", merged.Select(s => text[s.Start..s.End]));
    }

    /// <summary>The facet names present; "no-cue" when the text has no cue word at all.</summary>
    public static IReadOnlySet<string> Of(string normalized, string windows)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, pattern) in Facets)
        {
            if (pattern.IsMatch(normalized))
                set.Add(name);
        }
        if (windows.Length == 0)
            set.Add("no-cue");
        return set;
    }

    private static string CollapseDigits(string text) => DigitRun().Replace(text, "0");

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRun();

    [GeneratedRegex("に処する")]
    private static partial Regex PenaltyPattern();

    [GeneratedRegex("という。|の意義は")]
    private static partial Regex DefinitionPattern();

    [GeneratedRegex("電磁的方法|電子情報処理組織|電磁的記録|インターネット")]
    private static partial Regex DigitalPattern();

    [GeneratedRegex("準用する")]
    private static partial Regex MutatisPattern();

    [GeneratedRegex("なければならない")]
    private static partial Regex DutyPattern();

    [GeneratedRegex("ことができる")]
    private static partial Regex MayPattern();
}
