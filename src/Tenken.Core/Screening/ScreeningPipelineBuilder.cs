using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Judging;
using Tenken.Core.Screening.Lexicon;
using Tenken.Core.Screening.RuleData;
using Tenken.Core.Screening.Sentences;

namespace Tenken.Core.Screening;

/// <summary>
/// Collects lexicons, rules files and options, then builds an immutable, thread-safe <see cref="ScreeningPipeline"/>.
/// A municipality's own terms are added with <see cref="UseLexiconFile"/> (format: docs/lexicon.md); its own phrases
/// for the context rules, or rules switched off, with <see cref="UseRulesFile"/> and <see cref="WithoutRule"/>
/// (docs/rules.md).
/// </summary>
public sealed class ScreeningPipelineBuilder
{
    private readonly HashSet<string> _without = new(StringComparer.Ordinal);
    private readonly List<(ContextRule Rule, string? Before)> _added = [];

    public ScreeningOptions Options { get; set; } = ScreeningOptions.Default;

    /// <summary>Extra lexicon files, applied after the built-in lexicon in the order given.</summary>
    public List<string> LexiconFiles { get; } = [];

    /// <summary>Extra lexicons given as text (name for diagnostics, content in the lexicon format), after the files.</summary>
    public List<LexiconSource> LexiconTexts { get; } = [];

    /// <summary>False leaves out the built-in lexicon (only the user's lines are used).</summary>
    public bool UseBuiltInLexicon { get; set; } = true;

    /// <summary>Rules files and texts (docs/rules.md), applied after the built-in rule lists in the order given.</summary>
    public List<RulesSource> RulesSources { get; } = [];

    public ScreeningPipelineBuilder UseLexiconFile(string path)
    {
        LexiconFiles.Add(path);
        return this;
    }

    public ScreeningPipelineBuilder UseLexiconText(string name, string content)
    {
        LexiconTexts.Add(LexiconSource.Text(name, content));
        return this;
    }

    /// <summary>Adds a rules file: entries that extend the built-in lists, and rules switched off (docs/rules.md).</summary>
    public ScreeningPipelineBuilder UseRulesFile(string path)
    {
        RulesSources.Add(RulesSource.File(path));
        return this;
    }

    /// <summary>Adds rules given as text (name for diagnostics, content in the rules-file format).</summary>
    public ScreeningPipelineBuilder UseRulesText(string name, string content)
    {
        RulesSources.Add(RulesSource.Text(name, content));
        return this;
    }

    /// <summary>Leaves the built-in rule with this id out (e.g. <c>ctx.permission</c>); an unknown id fails the build.</summary>
    public ScreeningPipelineBuilder WithoutRule(string id)
    {
        _without.Add(id);
        return this;
    }

    /// <summary>Puts back a built-in rule left out by <see cref="WithoutRule"/> (its place in the order is fixed).</summary>
    public ScreeningPipelineBuilder UseRule(string id)
    {
        _without.Remove(id);
        return this;
    }

    /// <summary>
    /// Adds a rule of the host's own, run before the rule <paramref name="before"/> (or after all). Context rules see
    /// the engine's internal view of an article, so this is for code inside Tenken.Core and its tests.
    /// </summary>
    internal ScreeningPipelineBuilder UseRule(ContextRule rule, string? before = null)
    {
        _added.Add((rule, before));
        return this;
    }

    /// <summary>
    /// Builds the pipeline; problems in lexicon and rules files are reported to <paramref name="diagnostics"/>.
    /// Throws <see cref="ArgumentException"/> for an id given to <see cref="WithoutRule"/> that no rule has.
    /// </summary>
    public ScreeningPipeline Build(DiagnosticBag? diagnostics = null)
    {
        var bag = diagnostics ?? new DiagnosticBag();
        var sources = LexiconFiles.Select(LexiconSource.File).Concat(LexiconTexts);
        var lexicon = CueLexicon.Load(UseBuiltInLexicon, sources, bag);
        var book = RuleBook.Load(RulesSources, bag);
        var classifier = new SentenceClassifier(book);
        var builtIn = RuleCatalog.Create(book);
        var ids = builtIn.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        book.ReportUnread(ids);
        if (_without.FirstOrDefault(id => !ids.Contains(id)) is { } unknown)
            throw new ArgumentException($"No context rule has the id '{unknown}' (known: {string.Join(", ", ids)}).");
        var off = book.SwitchedOff(ids);
        var rules = builtIn.Where(r => !_without.Contains(r.Id) && !off.Contains(r.Id)).ToList();
        foreach (var (rule, before) in _added)
        {
            var at = before is null ? -1 : rules.FindIndex(r => r.Id == before);
            rules.Insert(at < 0 ? rules.Count : at, rule);
        }
        return new ScreeningPipeline(Options, lexicon, classifier, new CueJudge(rules));
    }
}
