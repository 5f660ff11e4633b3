using System.IO.Compression;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Office.Reading.Docx;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Docx;

public sealed class DocxReaderTests
{
    private static (List<Tenken.Core.Documents.OrdinanceDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics) Read(string path, byte[] bytes)
    {
        var context = TestPipelines.Context();
        var documents = new DocxReader().Read(new SourceInput(path, Path.GetFileNameWithoutExtension(path), bytes), context).ToList();
        return (documents, context.Diagnostics.ToList());
    }

    private static Diagnostic SingleError(string path, byte[] bytes)
    {
        var (documents, diagnostics) = Read(path, bytes);
        Assert.Empty(documents);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(path, d.File);
        return d;
    }

    public sealed class ReadRejects
    {
        [Fact]
        public void An_old_doc_and_says_to_save_as_docx() =>
            Assert.Contains("「Word 文書（*.docx）」", SingleError("/in/規程.doc", CompoundFile.Create("WordDocument", "1Table")).Message);

        [Fact]
        public void A_password_protected_file() =>
            Assert.Contains("パスワード", SingleError("/in/規程.docx", CompoundFile.Create("EncryptionInfo", "EncryptedPackage")).Message);

        [Fact]
        public void A_zip_of_something_else_naming_what_it_holds()
        {
            using var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
                    w.Write("not a Word document");
                zip.CreateEntry("photo.png");
            }
            var message = SingleError("/in/規程.docx", stream.ToArray()).Message;
            Assert.Contains("Word文書ではありません", message);
            Assert.Contains("readme.txt", message);
        }

        [Fact]
        public void A_truncated_docx()
        {
            var whole = new DocxBuilder().Paragraph("第一条　この規程は…").Build();
            Assert.Contains("壊れています", SingleError("/in/規程.docx", whole[..(whole.Length / 2)]).Message);
        }

        [Fact]
        public void An_excel_book_under_a_docx_name()
        {
            using var stream = new MemoryStream();
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                zip.CreateEntry("[Content_Types].xml");
                zip.CreateEntry("xl/workbook.xml");
            }
            Assert.Contains(".xlsx", SingleError("/in/一覧.docx", stream.ToArray()).Message);
        }

        [Fact]
        public void Text_that_is_not_a_zip() =>
            Assert.Contains("ZIP形式", SingleError("/in/規程.docx", "第一条　これはテキストです"u8.ToArray()).Message);
    }

    public sealed class ReadParses
    {
        [Fact]
        public void A_document_numbered_by_word_lists_into_articles_and_items()
        {
            var b = new DocxBuilder { CoreTitle = "Microsoft Word テンプレート" };
            var articles = b.Instance(b.List(("japaneseCounting", "第%1条")));
            var items = b.Instance(b.List(("japaneseCounting", "%1")), restart: true);
            b.Paragraph("かつらぎ町表彰規程", style: "Title")
                .Paragraph("（趣旨）")
                .Paragraph("この規程は、表彰について必要な事項を定める。", numId: articles)
                .Paragraph("表彰は、次に掲げる者について行う。", numId: articles)
                .Paragraph("町政の振興に功績のあった者", numId: items)
                .Paragraph("社会福祉の向上に功績のあった者", numId: items)
                .Paragraph("２　表彰は、毎年行う。");
            var (documents, diagnostics) = Read("/in/表彰規程.docx", b.Build());
            Assert.Empty(diagnostics);
            var document = Assert.Single(documents);
            Assert.Equal(("表彰規程", "かつらぎ町表彰規程", "docx"), (document.Id, document.Title, document.Format));
            Assert.Equal(["表彰規程#1", "表彰規程#2"], document.Articles.Select(a => a.Key));
            Assert.Equal("（趣旨）", document.Articles[0].Caption);
            var second = document.Articles[1];
            Assert.Equal(["1", "2"], second.Paragraphs.Select(p => p.Num));
            Assert.Equal(["一", "二"], second.Paragraphs[0].Items.Select(i => i.Title));
            Assert.Equal(7, second.Paragraphs[1].Line);
        }

        [Fact]
        public void The_core_title_is_used_when_the_text_has_none()
        {
            var b = new DocxBuilder { CoreTitle = "表彰規程" }.Paragraph("第一条　この規程は、表彰について定める。");
            var (documents, _) = Read("/in/doc1.docx", b.Build());
            Assert.Equal("表彰規程", Assert.Single(documents).Title);
        }

        [Fact]
        public void A_document_without_articles_gives_one_error()
        {
            var (documents, diagnostics) = Read("/in/memo.docx", new DocxBuilder().Paragraph("会議の日程").Paragraph("四月十日に開催します。").Build());
            Assert.Empty(documents);
            Assert.Contains("条文が見つかりません", Assert.Single(diagnostics).Message);
        }
    }

    public sealed class Probe
    {
        [Fact]
        public void Claims_word_extensions_and_word_zips_under_other_names()
        {
            var reader = new DocxReader();
            var docx = new DocxBuilder().Paragraph("第一条").Build();
            Assert.True(reader.Probe(new SourceProbe("a.docx", ".docx", docx)) > 0);
            Assert.True(reader.Probe(new SourceProbe("a.doc", ".doc", CompoundFile.Create("WordDocument"))) > 0);
            Assert.True(reader.Probe(new SourceProbe("a.bin", ".bin", docx)) > 0);
            Assert.Equal(0, reader.Probe(new SourceProbe("a.txt", ".txt", "第一条"u8.ToArray())));
        }
    }
}
