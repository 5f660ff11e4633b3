using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting.Patterns;

namespace Tenken.Core.Drafting;

/// <summary>
/// Collects pattern files, then builds an immutable <see cref="DraftingPipeline"/>. A municipality's own wording is
/// added with <see cref="UsePatternFile"/> (format: docs/draft-patterns.md); files apply after the built-in patterns.
/// </summary>
public sealed class DraftingPipelineBuilder
{
    private readonly List<(string Name, string? Path, string? Content)> _sources = [];

    /// <summary>False leaves out the built-in patterns (only the user's lines are used).</summary>
    public bool UseBuiltInPatterns { get; set; } = true;

    public DraftingPipelineBuilder UsePatternFile(string path)
    {
        _sources.Add((path, path, null));
        return this;
    }

    /// <summary>Patterns given as text in the file format; <paramref name="name"/> labels its diagnostics.</summary>
    public DraftingPipelineBuilder UsePatternText(string name, string content)
    {
        _sources.Add((name, null, content));
        return this;
    }

    /// <summary>Builds the pipeline; a bad pattern line is a warning in <paramref name="diagnostics"/> and is skipped.</summary>
    public DraftingPipeline Build(DiagnosticBag? diagnostics = null) =>
        new(DraftPatternSet.Load(UseBuiltInPatterns, _sources, diagnostics ?? new DiagnosticBag()));
}
