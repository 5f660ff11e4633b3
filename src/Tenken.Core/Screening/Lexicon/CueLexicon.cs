using System.Buffers;
using Tenken.Core.Diagnostics;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// The compiled lexicon: the built-in lines plus the user's files, in order (an <c>off</c> line removes earlier
/// lines with the same category and pattern). Immutable and thread-safe; finds every entry in an article's text.
/// </summary>
internal sealed class CueLexicon
{
    public const string BuiltInName = "tenken:lexicon.tsv";

    private readonly Dictionary<char, (LexiconEntry Entry, CuePattern Pattern)[]> _byFirstChar;
    private readonly SearchValues<char> _firstChars;
    private readonly (LexiconEntry Entry, CuePattern Pattern)[] _regexEntries;

    private CueLexicon(IReadOnlyList<(LexiconEntry Entry, CuePattern Pattern)> entries)
    {
        Entries = [.. entries.Select(e => e.Entry)];
        _byFirstChar = entries.Where(e => e.Pattern.Anchor is not null)
            .GroupBy(e => e.Pattern.Anchor![0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Pattern.Anchor!.Length).ToArray());
        _firstChars = SearchValues.Create([.. _byFirstChar.Keys]);
        _regexEntries = [.. entries.Where(e => e.Pattern.Regex is not null)];
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Loads the built-in lexicon (unless <paramref name="includeBuiltIn"/> is false), then each source in order.</summary>
    public static CueLexicon Load(bool includeBuiltIn, IEnumerable<LexiconSource> sources, DiagnosticBag diagnostics)
    {
        var all = new List<(LexiconEntry Entry, CuePattern Pattern)>();
        if (includeBuiltIn)
            Add(all, LexiconParser.Parse(ReadBuiltIn(), BuiltInName, diagnostics));
        foreach (var source in sources)
        {
            var lines = source.Path is { } path
                ? LexiconParser.ReadFile(path, diagnostics)
                : LexiconParser.Parse(source.Content ?? "", source.Name, diagnostics);
            Add(all, lines);
        }
        return new CueLexicon(all);
    }

    /// <summary>
    /// Every match of every entry in <paramref name="folded"/> (text folded by <see cref="TextFold"/>);
    /// <paramref name="sentenceEnd"/> gives the end of the sentence holding a position, so gap patterns stay inside it.
    /// </summary>
    public List<LexiconHit> Match(string folded, Func<int, int> sentenceEnd)
    {
        var hits = new List<LexiconHit>();
        var span = folded.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(_firstChars);
            if (next < 0)
                break;
            i += next;
            foreach (var (entry, pattern) in _byFirstChar[span[i]])
            {
                if (!span[i..].StartsWith(pattern.Anchor, StringComparison.Ordinal))
                    continue;
                var end = pattern.Parts.Length == 1 ? i + pattern.Anchor!.Length : pattern.MatchAt(folded, i, sentenceEnd(i));
                if (end > i)
                    hits.Add(new LexiconHit(entry, i, end));
            }
            i++;
        }
        foreach (var (entry, pattern) in _regexEntries)
        {
            foreach (var m in pattern.Regex!.EnumerateMatches(span))
            {
                if (m.Length > 0 && m.Index + m.Length <= sentenceEnd(m.Index))
                    hits.Add(new LexiconHit(entry, m.Index, m.Index + m.Length));
            }
        }
        return hits;
    }

    private static void Add(List<(LexiconEntry Entry, CuePattern Pattern)> all, IEnumerable<(LexiconEntry Entry, CuePattern Pattern)> lines)
    {
        foreach (var line in lines)
        {
            if (line.Entry.Role == LexiconRole.Off)
                all.RemoveAll(e => e.Entry.Pattern == line.Entry.Pattern && e.Entry.Category == line.Entry.Category);
            else
                all.Add(line);
        }
    }

    private static string ReadBuiltIn()
    {
        var assembly = typeof(CueLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("lexicon.tsv", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A lexicon to load: a file path, or text with a name for diagnostics (tests, other hosts).</summary>
public sealed record LexiconSource(string Name, string? Path, string? Content)
{
    public static LexiconSource File(string path) => new(path, path, null);

    public static LexiconSource Text(string name, string content) => new(name, null, content);
}
