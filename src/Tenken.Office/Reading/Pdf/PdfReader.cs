using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Structure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Tenken.Office.Reading.Pdf;

/// <summary>
/// Reads text PDFs (例規集 pages and 様式 printed to PDF) with PdfPig: each page's horizontal lines rebuilt in reading
/// order (<see cref="PdfPageLines"/>), page numbers and running headers dropped (<see cref="PdfPageFurniture"/>), lines
/// wrapped mid-sentence joined (<see cref="PdfLineJoiner"/>), then the shared <see cref="StructureParser"/>. A PDF
/// without a text layer (a scan), a protected or broken one, or one whose letters cannot be turned into characters
/// gets one diagnostic naming the file. Line numbers are page numbers.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    // Letters outside any character set (private use, U+FFFD, controls) above this share: the PDF has no usable ToUnicode map.
    private const double GarbledShare = 0.2;

    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public int Probe(SourceProbe probe)
    {
        if (probe.HeadStartsWith("%PDF-"u8))
            return 90;
        return probe.Extension == ".pdf" ? 50 : 0;
    }

    public IEnumerable<OrdinanceDocument> Read(SourceInput input, ReadContext context)
    {
        if (Pages(input, context) is not { } pages)
            return [];
        var letters = pages.Sum(p => p.Letters);
        if (letters == 0)
        {
            var images = pages.Count(p => p.Images > 0);
            context.Diagnostics.Error(input.Path, 0, images > 0
                ? $"文字情報のないPDFです（全{pages.Count}ページ、うち画像だけのページ{images}）。スキャンした画像のPDFは読めません。OCR で文字を付けたPDFか、テキスト・Word を読み込んでください。"
                : $"文字のないPDFです（全{pages.Count}ページ）。", "TK2301");
            return [];
        }
        if (pages.Sum(p => p.Vertical) > letters / 2)
        {
            context.Diagnostics.Error(input.Path, 0, "縦書きのPDFには対応していません。横書きのPDFかテキスト・Word を読み込んでください。", "TK2303");
            return [];
        }
        if (pages.Sum(p => p.Garbled) > GarbledShare * letters)
        {
            context.Diagnostics.Error(input.Path, 0, "PDFの文字を文字コードに戻せません（フォントに文字の対応表がありません）。元の文書から文字情報付きのPDFを作り直すか、テキスト・Word を読み込んでください。", "TK2304");
            return [];
        }
        var body = PdfPageFurniture.Remove([.. pages.Select(p => p.Lines)], [.. pages.Select(p => p.Height)]);
        var lines = PdfLineJoiner.Join(body, [.. pages.Select(p => p.Width)]);
        var document = StructureParser.Parse(new DocumentHeader(input.DocumentId, input.Path, Format), lines, context);
        if (document.Articles.Count == 0)
        {
            context.Diagnostics.Error(input.Path, 0, $"条文が見つかりません（PDF、{pages.Count}ページ・{lines.Count}行）。「第1条」「第一条」のような条の見出しで始まる行がありません。", "TK2305");
            return [];
        }
        return [document];
    }

    private sealed record PageText(List<PdfTextLine> Lines, double Width, double Height, int Letters, int Images, int Vertical, int Garbled);

    private static List<PageText>? Pages(SourceInput input, ReadContext context)
    {
        try
        {
            using var pdf = PdfDocument.Open(input.Bytes.ToArray(), new ParsingOptions { UseLenientParsing = true });
            var pages = new List<PageText>();
            foreach (var page in pdf.GetPages())
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var visible = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                pages.Add(new PageText(PdfPageLines.From(page), page.Width, page.Height, visible.Count, page.GetImages().Count(),
                    visible.Count(l => l.TextOrientation != TextOrientation.Horizontal), visible.Count(l => IsGarbled(l.Value))));
            }
            return pages;
        }
        catch (PdfDocumentEncryptedException)
        {
            context.Diagnostics.Error(input.Path, 0, "パスワードで保護されたPDFのため読み込めません。保護を外したPDFを読み込んでください。", "TK2302");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // PdfPig signals a damaged file with many exception types; none of them is a bug of ours.
            context.Diagnostics.Error(input.Path, 0, $"PDFとして開けません（壊れているか、PDFではありません）: {ex.Message}", "TK2302");
        }
        return null;
    }

    private static bool IsGarbled(string value) =>
        value.Any(c => c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')));
}
