namespace Tenken.Core.Reading;

/// <summary>
/// Collects readers and options, then builds an immutable <see cref="ReaderPipeline"/>. Add formats with the
/// <c>UseXxx()</c> extension methods (this project's in <see cref="ReaderPipelineBuilderExtensions"/>).
/// </summary>
public sealed class ReaderPipelineBuilder
{
    public List<IDocumentReader> Readers { get; } = [];

    public ReaderOptions Options { get; set; } = ReaderOptions.Default;

    public ReaderPipelineBuilder Use(IDocumentReader reader)
    {
        if (!Readers.Any(r => r.Format == reader.Format))
            Readers.Add(reader);
        return this;
    }

    public ReaderPipeline Build() => new([.. Readers], Options);
}
