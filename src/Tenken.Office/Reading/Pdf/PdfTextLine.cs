namespace Tenken.Office.Reading.Pdf;

/// <summary>
/// One line of text rebuilt from a PDF page: its text, page, baseline and horizontal extent (PDF points), the em
/// size of its letters, and whether it has a wide gap inside (a form field or table cells, never a wrapped sentence).
/// </summary>
internal sealed record PdfTextLine(int Page, string Text, double Baseline, double Left, double Right, double Em, bool WideGap)
{
    public double Width => Right - Left;
}
