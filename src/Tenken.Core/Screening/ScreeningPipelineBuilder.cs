using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Judging;
using Tenken.Core.Screening.Lexicon;

namespace Tenken.Core.Screening;

/// <summary>
/// Collects lexicons and options, then builds an immutable, thread-safe <see cref="ScreeningPipeline"/>.
/// A municipality's own terms are added with <see cref="UseLexiconFile"/> (format: docs/lexicon.md).
/// </summary>
public sealed class ScreeningPipelineBuilder
{
    public ScreeningOptions Options { get; set; } = ScreeningOptions.Default;

    /// <summary>Extra lexicon files, applied after the built-in lexicon in the order given.</summary>
    public List<string> LexiconFiles { get; } = [];

    /// <summary>Extra lexicons given as text (name for diagnostics, content in the lexicon format), after the files.</summary>
    public List<LexiconSource> LexiconTexts { get; } = [];

    /// <summary>False leaves out the built-in lexicon (only the user's lines are used).</summary>
    public bool UseBuiltInLexicon { get; set; } = true;

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

    /// <summary>Builds the pipeline; problems in lexicon files are reported to <paramref name="diagnostics"/>.</summary>
    public ScreeningPipeline Build(DiagnosticBag? diagnostics = null)
    {
        var sources = LexiconFiles.Select(LexiconSource.File).Concat(LexiconTexts);
        var lexicon = CueLexicon.Load(UseBuiltInLexicon, sources, diagnostics ?? new DiagnosticBag());
        return new ScreeningPipeline(Options, lexicon, new CueJudge(CueJudge.DefaultRules));
    }
}
