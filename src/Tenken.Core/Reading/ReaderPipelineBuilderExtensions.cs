using Tenken.Core.Reading.EgovXml;

namespace Tenken.Core.Reading;

/// <summary>The <c>UseXxx()</c> methods for the readers that live in Tenken.Core.</summary>
public static class ReaderPipelineBuilderExtensions
{
    public static ReaderPipelineBuilder UseEgovXml(this ReaderPipelineBuilder builder) => builder.Use(new EgovXmlReader());

    /// <summary>Every reader in Tenken.Core: e-Gov XML, plain text, Reiki-Base and generic HTML.</summary>
    public static ReaderPipelineBuilder UseCoreReaders(this ReaderPipelineBuilder builder) => builder.UseEgovXml();
}
