using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tenken.Core.Drafting;
using Tenken.Core.Reports.Drafts;
using Tenken.Core.Screening.Model;
using static Tenken.Office.Drafts.WordElements;

namespace Tenken.Office.Drafts;

/// <summary>
/// Writes the 新旧対照表 in Word (.docx), the document 法規担当 edit: per ordinance a heading and a two-column table
/// (改正後 | 改正前, or 改正前 | 改正後) with one row per amended article and the changed words underlined in both
/// columns, 「（傍線部分は改正部分）」 under it, then the draft 改め文 of 「…の一部を改正する条例」 with its 附則 施行期日
/// line to fill in; the 要個別検討 list at the end. Layout: docs/draft.md.
/// </summary>
public sealed class DraftDocxWriter : IDraftWriter
{
    // A4 portrait, 20 mm margins: 9,638 twips of text width, shared by the two columns.
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1134;
    private static readonly int[] Columns = [4819, 4819];

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public void Write(DraftReport report, Stream output, DraftColumnOrder order)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Creator = "tenken " + report.Run.ToolVersion;
        document.PackageProperties.Title = "新旧対照表（案）";
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        body.Append(Paragraph("新旧対照表・改め文（案）", bold: true, size: 14, align: JustificationValues.Center));
        var first = true;
        foreach (var drafts in report.Documents.Where(d => d.Drafts.Count > 0))
        {
            body.Append(Paragraph($"{drafts.Title}{(string.IsNullOrEmpty(drafts.Number) ? "" : $"（{drafts.Number}）")}", bold: true, size: 12, pageBreakBefore: !first));
            first = false;
            body.Append(ComparisonTable(drafts, order));
            body.Append(Paragraph(DraftLabels.Underlined));
            body.Append(Paragraph(""));
            AppendAratamebun(body, drafts);
        }
        var manual = report.Manual.ToList();
        if (manual.Count > 0)
            AppendManual(body, manual, pageBreak: !first);
        if (first && manual.Count == 0)
            body.Append(Paragraph("改正案を作成できる条はありませんでした。"));
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Table ComparisonTable(DocumentDrafts drafts, DraftColumnOrder order)
    {
        var (left, right) = DraftLabels.Headers(order);
        var table = Table(Columns);
        table.Append(HeaderRow(Columns, left, right));
        foreach (var draft in drafts.Drafts)
        {
            var afterFirst = order == DraftColumnOrder.AfterBefore;
            table.Append(new TableRow(
                Cell(Columns[0], ArticleParagraphs(draft, after: afterFirst)),
                Cell(Columns[1], ArticleParagraphs(draft, after: !afterFirst))));
        }
        return table;
    }

    /// <summary>
    /// The article as printed: 見出し, then 第N条 and the first 項, each further 項 and item on its own line (items
    /// indented by their depth), the changed words underlined.
    /// </summary>
    private static IEnumerable<OpenXmlElement> ArticleParagraphs(ArticleDraft draft, bool after)
    {
        if (draft.Caption is { Length: > 0 } caption)
            yield return Paragraph(caption, indentChars: 1);
        var line = new List<(string Text, bool Changed)> { (draft.Article + "　", false) };
        foreach (var (text, changed) in DraftText.Pieces(draft, after))
        {
            var parts = text.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    yield return Line(line);
                    line = [];
                }
                line.Add((parts[i], changed));
            }
        }
        yield return Line(line);
    }

    /// <summary>One line of the article text: two leading spaces per item level become an indent.</summary>
    private static Paragraph Line(List<(string Text, bool Changed)> pieces)
    {
        var indent = 0;
        if (pieces.Count > 0 && !pieces[0].Changed)
        {
            var text = pieces[0].Text;
            while (indent < text.Length && text[indent] == ' ')
                indent++;
            pieces[0] = (text[indent..], false);
        }
        var depth = indent / 2;
        return Runs(pieces, leftChars: depth, firstLineChars: depth > 0 ? -1 : 0);
    }

    private static void AppendAratamebun(Body body, DocumentDrafts drafts)
    {
        body.Append(Paragraph($"{drafts.AmendingTitle}（案）", bold: true, align: JustificationValues.Center));
        body.Append(Paragraph(""));
        body.Append(Paragraph(DraftLabels.Opening(drafts), indentChars: 0));
        foreach (var sentence in drafts.Drafts.SelectMany(d => d.Aratamebun))
            body.Append(Runs([(sentence, false)], firstLineChars: 1));
        body.Append(Paragraph("附　則", indentChars: 3));
        body.Append(Runs([(DraftLabels.EnforcementLine(drafts), false)], firstLineChars: 1));
        body.Append(Paragraph(""));
    }

    private static void AppendManual(Body body, List<ManualReview> manual, bool pageBreak)
    {
        body.Append(Paragraph($"{DraftLabels.Manual}（改正案を作らなかった指摘）", bold: true, size: 12, pageBreakBefore: pageBreak));
        int[] widths = [2600, 1300, 1400, 4338];
        var table = Table(widths);
        table.Append(HeaderRow(widths, "例規名", "条", "規制区分", "理由"));
        foreach (var m in manual)
        {
            table.Append(new TableRow(
                Cell(widths[0], [Paragraph(m.DocumentTitle)]),
                Cell(widths[1], [Paragraph(m.Article)]),
                Cell(widths[2], [Paragraph(m.Category.JapaneseName())]),
                Cell(widths[3], [Paragraph(m.Reason)])));
        }
        body.Append(table);
    }

    /// <summary>Document defaults: a Mincho face for Japanese, 10.5 pt.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "ＭＳ 明朝", HighAnsi = "ＭＳ 明朝", EastAsia = "ＭＳ 明朝" },
                new FontSize { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "ja-JP" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))));
        styles.Styles.Save();
    }
}
