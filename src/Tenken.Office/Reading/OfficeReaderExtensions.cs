using Tenken.Core.Reading;
using Tenken.Office.Reading.Docx;
using Tenken.Office.Reading.Spreadsheet;

namespace Tenken.Office.Reading;

/// <summary>The <c>UseXxx()</c> methods for the readers in Tenken.Office.</summary>
public static class OfficeReaderExtensions
{
    public static ReaderPipelineBuilder UseDocx(this ReaderPipelineBuilder builder) => builder.Use(new DocxReader());

    public static ReaderPipelineBuilder UseXlsx(this ReaderPipelineBuilder builder) => builder.Use(new XlsxReader());

    public static ReaderPipelineBuilder UseCsv(this ReaderPipelineBuilder builder) => builder.Use(new CsvReader());

    /// <summary>Word (.docx), Excel (.xlsx) and CSV lists with one article per row.</summary>
    public static ReaderPipelineBuilder UseOfficeReaders(this ReaderPipelineBuilder builder) => builder.UseDocx().UseXlsx().UseCsv();
}
