using Tenken.Core.Reading;
using Tenken.Office.Reading.Docx;
using Tenken.Office.Reading.Pdf;
using Tenken.Office.Reading.Spreadsheet;

namespace Tenken.Office.Reading;

/// <summary>The <c>UseXxx()</c> methods for the readers in Tenken.Office.</summary>
public static class OfficeReaderExtensions
{
    public static ReaderPipelineBuilder UseDocx(this ReaderPipelineBuilder builder) => builder.Use(new DocxReader());

    public static ReaderPipelineBuilder UseXlsx(this ReaderPipelineBuilder builder) => builder.Use(new XlsxReader());

    public static ReaderPipelineBuilder UseCsv(this ReaderPipelineBuilder builder) => builder.Use(new CsvReader());

    /// <summary>Text PDFs (a scan without a text layer is reported, not read).</summary>
    public static ReaderPipelineBuilder UsePdf(this ReaderPipelineBuilder builder) => builder.Use(new PdfReader());

    /// <summary>Word (.docx), Excel (.xlsx), CSV lists with one article per row, and text PDFs.</summary>
    public static ReaderPipelineBuilder UseOfficeReaders(this ReaderPipelineBuilder builder) => builder.UseDocx().UseXlsx().UseCsv().UsePdf();
}
