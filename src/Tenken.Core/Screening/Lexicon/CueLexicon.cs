using Tenken.Core.Diagnostics;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// The compiled lexicon: the built-in lines plus the user's files, in order (an <c>off</c> line removes earlier
/// lines with the same category and pattern). Immutable and thread-safe; finds every entry in an article's text.
/// </summary>
internal sealed class CueLexicon
{
    public const string BuiltInName = "tenken:lexicon.tsv";

    private readonly HitMatcher _cues;
    private readonly HitMatcher _context;

    private CueLexicon(IReadOnlyList<(LexiconEntry Entry, CuePattern Pattern)> entries)
    {
        Entries = [.. entries.Select(e => e.Entry)];
        _cues = new HitMatcher(entries.Where(e => e.Entry.Role is LexiconRole.Cue or LexiconRole.Verb or LexiconRole.Manner));
        _context = new HitMatcher(entries.Where(e => e.Entry.Role is LexiconRole.Digital or LexiconRole.Exclude or LexiconRole.Organ));
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
    /// Matches of the cue, verb and manner lines in a folded text (see <see cref="HitMatcher.Match"/>), and those that
    /// only match once a naming insertion is taken out (講習（以下「…講習」という。）を受け: <see cref="InsertionView"/>).
    /// </summary>
    public List<LexiconHit> MatchCues(string folded, Func<int, int> sentenceEnd)
    {
        var hits = _cues.Match(folded, sentenceEnd);
        if (InsertionView.Create(folded) is not { } view)
            return hits;
        foreach (var hit in _cues.Match(view.Text, p => view.FromOriginal(sentenceEnd(view.Start(p)))))
        {
            var (start, end) = (view.Start(hit.Start), view.End(hit.End));
            // A hit that spans no insertion was found in the text itself already.
            if (end - start != hit.Length)
                hits.Add(hit with { Start = start, End = end });
        }
        return hits;
    }

    /// <summary>Matches of the digital, exclude and organ lines, needed only once a cue is being judged.</summary>
    public List<LexiconHit> MatchContext(string folded, Func<int, int> sentenceEnd) => _context.Match(folded, sentenceEnd);

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
