using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tenken.Core.Structure;
using Tenken.Office.Reading.Docx;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Docx;

public sealed class DocxBodyWalkerTests
{
    private static List<SourceLine> LinesOf(byte[] docx)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new DocxBodyWalker(word.MainDocumentPart!).Lines(word.MainDocumentPart!.Document!.Body!);
    }

    public sealed class Lines
    {
        [Fact]
        public void Word_list_numbering_is_rendered_so_article_and_item_numbers_are_kept()
        {
            var b = new DocxBuilder();
            var articles = b.Instance(b.List(("japaneseCounting", "第%1条")));
            var items = b.List(("japaneseCounting", "%1"), ("irohaFullWidth", "%2"));
            var first = b.Instance(items, restart: true);
            var second = b.Instance(items, restart: true);
            b.Paragraph("表彰規程", style: "Title")
                .Paragraph("この規程は、次に掲げる者を表彰する。", numId: articles)
                .Paragraph("町長", numId: first)
                .Paragraph("副町長", numId: first)
                .Paragraph("職員", numId: first, level: 1)
                .Paragraph("嘱託員", numId: first, level: 1)
                .Paragraph("教育長", numId: first)
                .Paragraph("表彰は、次の区分による。", numId: articles)
                .Paragraph("功労表彰", numId: second);
            var lines = LinesOf(b.Build()).Select(l => l.Text).ToList();
            Assert.Equal(
            [
                "表彰規程",
                "第一条　この規程は、次に掲げる者を表彰する。",
                "一　町長",
                "二　副町長",
                "イ　職員",
                "ロ　嘱託員",
                "三　教育長",
                "第二条　表彰は、次の区分による。",
                "一　功労表彰",
            ], lines);
        }

        [Fact]
        public void Bullets_are_not_numbers()
        {
            var b = new DocxBuilder();
            var bullets = b.Instance(b.List(("bullet", "・")));
            b.Paragraph("一　号の本文", numId: bullets);
            Assert.Equal("一　号の本文", Assert.Single(LinesOf(b.Build())).Text);
        }

        [Fact]
        public void Title_style_and_heading_styles_become_hints()
        {
            var b = new DocxBuilder()
                .Paragraph("駐車場等設置条例", style: "Title")
                .Paragraph("第一章　総則", style: "Heading1")
                .Paragraph("（目的）", style: "Heading1")
                .Paragraph("第一条　この条例は…");
            var hints = LinesOf(b.Build()).Select(l => l.Hint).ToList();
            Assert.Equal([LineHint.Title, LineHint.Division, LineHint.Caption, LineHint.None], hints);
        }

        [Fact]
        public void Deleted_text_field_codes_and_ruby_readings_are_left_out_and_breaks_split_lines()
        {
            var p = new Paragraph(
                new Run(new Text("第一条")),
                new Run(new TabChar()),
                new DeletedRun(new Run(new DeletedText("削った語"))),
                new InsertedRun(new Run(new Text("この条例は、") { Space = SpaceProcessingModeValues.Preserve })),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Ruby(new RubyProperties(), new RubyContent(new Run(new Text("き"))), new RubyBase(new Run(new Text("毀"))))),
                new Run(new Text("損を防ぐ。")),
                new Run(new Break()),
                new Run(new Text("２　前項の規定は…")));
            var lines = LinesOf(new DocxBuilder().Add(p).Build());
            Assert.Equal(["第一条　この条例は、毀損を防ぐ。", "２　前項の規定は…"], lines.Select(l => l.Text));
            Assert.All(lines, l => Assert.Equal(1, l.Number));
        }

        [Fact]
        public void Table_rows_become_lines_and_a_one_cell_frame_is_read_through()
        {
            static TableCell Cell(params string[] paragraphs) => new([.. paragraphs.Select(t => DocxBuilder.Para(t))]);
            var table = new Table(
                new TableRow(Cell("区分"), Cell("金額")),
                new TableRow(Cell("普通車"), Cell("一時間", "百円")));
            var frame = new Table(new TableRow(Cell("第二条　枠の中の条文", "２　枠の中の二項")));
            var lines = LinesOf(new DocxBuilder().Paragraph("別表").Add(table).Add(frame).Build());
            Assert.Equal(["別表", "区分　金額", "普通車　一時間　百円", "第二条　枠の中の条文", "２　枠の中の二項"], lines.Select(l => l.Text));
            Assert.Equal([1, 2, 3, 4, 5], lines.Select(l => l.Number));
            Assert.Equal([LineHint.None, LineHint.TableRow, LineHint.TableRow, LineHint.None, LineHint.None], lines.Select(l => l.Hint));
        }

        [Fact]
        public void A_layout_table_with_the_article_number_in_its_own_cell_is_text()
        {
            static TableCell Cell(string text) => new(DocxBuilder.Para(text));
            var table = new Table(new TableRow(Cell("第一条"), Cell("この規程は、表彰について定める。")));
            var line = Assert.Single(LinesOf(new DocxBuilder().Add(table).Build()));
            Assert.Equal(("第一条　この規程は、表彰について定める。", LineHint.None), (line.Text, line.Hint));
        }
    }
}
