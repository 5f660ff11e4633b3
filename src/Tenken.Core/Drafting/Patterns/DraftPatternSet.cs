using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Patterns;

/// <summary>
/// The patterns in force: the built-in file (<c>Drafting/Data/draft-patterns.tsv</c>), then each user file in order;
/// an 無効 line removes the earlier lines of its name. Tried in that order: the first that fits a cue is used.
/// </summary>
public sealed class DraftPatternSet
{
    private readonly IReadOnlyList<DraftPattern> _patterns;

    private DraftPatternSet(IReadOnlyList<DraftPattern> patterns) => _patterns = patterns;

    public IReadOnlyList<DraftPattern> All => _patterns;

    /// <summary>The patterns of a category that apply to a national (true) or a municipal document, in order.</summary>
    public IEnumerable<DraftPattern> For(RegulationCategory category, bool national) =>
        _patterns.Where(p => p.Category == category && p.AppliesTo(national));

    public static DraftPatternSet Load(bool includeBuiltIn, IEnumerable<(string Name, string? Path, string? Content)> sources, DiagnosticBag diagnostics)
    {
        var patterns = new List<DraftPattern>();
        if (includeBuiltIn)
            Add(patterns, DraftPatternParser.Parse(BuiltIn(), "draft-patterns.tsv（組み込み）", diagnostics));
        foreach (var (name, path, content) in sources)
        {
            var text = content ?? PatternFileText.Read(path!, diagnostics);
            if (text is not null)
                Add(patterns, DraftPatternParser.Parse(text, name, diagnostics));
        }
        return new DraftPatternSet(patterns);
    }

    private static void Add(List<DraftPattern> patterns, IReadOnlyList<PatternLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Pattern is null)
                patterns.RemoveAll(p => p.Name == line.Name);
            else
                patterns.Add(line.Pattern);
        }
    }

    private static string BuiltIn()
    {
        var assembly = typeof(DraftPatternSet).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("draft-patterns.tsv", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
