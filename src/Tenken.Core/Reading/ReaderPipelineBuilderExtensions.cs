using Tenken.Core.Reading.EgovXml;
using Tenken.Core.Reading.Html;
using Tenken.Core.Reading.Text;

namespace Tenken.Core.Reading;

/// <summary>The <c>UseXxx()</c> methods for the readers that live in Tenken.Core.</summary>
public static class ReaderPipelineBuilderExtensions
{
    public static ReaderPipelineBuilder UseEgovXml(this ReaderPipelineBuilder builder) => builder.Use(new EgovXmlReader());

    /// <summary>Plain text (.txt) in UTF-8, UTF-16, Shift_JIS or EUC-JP, detected.</summary>
    public static ReaderPipelineBuilder UsePlainText(this ReaderPipelineBuilder builder) => builder.Use(new PlainTextReader());

    /// <summary>例規 pages of ぎょうせい Reiki-Base.</summary>
    public static ReaderPipelineBuilder UseReikiBaseHtml(this ReaderPipelineBuilder builder) => builder.Use(new ReikiBaseHtmlReader());

    /// <summary>Any other HTML page, reduced to text lines.</summary>
    public static ReaderPipelineBuilder UseGenericHtml(this ReaderPipelineBuilder builder) => builder.Use(new GenericHtmlReader());

    /// <summary>Every reader in Tenken.Core: e-Gov XML, plain text, Reiki-Base and generic HTML.</summary>
    public static ReaderPipelineBuilder UseCoreReaders(this ReaderPipelineBuilder builder) =>
        builder.UseEgovXml().UsePlainText().UseReikiBaseHtml().UseGenericHtml();
}
