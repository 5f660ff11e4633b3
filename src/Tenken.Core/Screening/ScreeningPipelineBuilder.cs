using Tenken.Core.Diagnostics;

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

    public ScreeningPipelineBuilder UseLexiconFile(string path)
    {
        LexiconFiles.Add(path);
        return this;
    }

    /// <summary>Builds the pipeline; problems in lexicon files are reported to <paramref name="diagnostics"/>.</summary>
    public ScreeningPipeline Build(DiagnosticBag? diagnostics = null) =>
        new(Options, KeywordLexicon.Load(LexiconFiles, diagnostics ?? new DiagnosticBag()));
}
