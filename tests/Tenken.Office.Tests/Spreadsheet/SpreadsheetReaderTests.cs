using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Spreadsheet;

public sealed class SpreadsheetReaderTests
{
    private static ReadResult ReadThroughPipeline(string name, byte[] bytes, bool supplementaryParagraphs = true)
    {
        using var temp = new TempFolder();
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);
        var pipeline = TestPipelines.All(new ReaderOptions { IncludeSupplementaryParagraphs = supplementaryParagraphs });
        return pipeline.ReadFile(path, TestContext.Current.CancellationToken);
    }

    /// <summary>What every encoding of the fixture must give: two documents, all good rows, one error at the broken row.</summary>
    private static void AssertFixtureRead(ReadResult result, string format, string brokenRowPlace)
    {
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(result.Path, error.File);
        Assert.Equal(ArticleListFixture.BrokenRow, error.Line);
        Assert.Contains(brokenRowPlace, error.Message);
        Assert.Equal(2, result.Documents.Count);

        var hyosho = result.Documents[0];
        Assert.Equal((ArticleListFixture.Hyosho, "平成9年訓令第21号", "平成９年訓令第21号", "総務課", format),
            (hyosho.Title, hyosho.Id, hyosho.Number, hyosho.Department, hyosho.Format));
        Assert.Equal("規程", hyosho.Kind);
        Assert.Equal(["平成9年訓令第21号#1", "平成9年訓令第21号#2", "平成9年訓令第21号#2_2", "平成9年訓令第21号#3"], hyosho.Articles.Select(a => a.Key));
        Assert.Equal([4, 5, 6, 10], hyosho.Articles.Select(a => a.Line));
        Assert.Equal(["第1条", "第2条", "第2条の2", "第3条"], hyosho.Articles.Select(a => a.Title));
        Assert.Equal("（趣旨）", hyosho.Articles[0].Caption);
        Assert.Equal("（表彰の方法）", hyosho.Articles[3].Caption);
        var items = Assert.Single(hyosho.Articles[1].Paragraphs).Items;
        Assert.Equal([("1", "(1)", "町政の振興に功績のあった者"), ("2", "(2)", "社会福祉の向上に功績のあった者")], items.Select(i => (i.Num, i.Title, i.Text)));
        Assert.Equal("前条の表彰は、毎年十一月三日に行う。ただし,町長が別に定めるときは、この限りでない。", hyosho.Articles[2].Text);

        var chushajo = result.Documents[1];
        Assert.Equal((ArticleListFixture.Chushajo, "平成18年条例第25号", "建設課", "条例"), (chushajo.Title, chushajo.Id, chushajo.Department, chushajo.Kind));
        Assert.Equal(["平成18年条例第25号#1", "平成18年条例第25号#2", "平成18年条例第25号#附則1"], chushajo.Articles.Select(a => a.Key));
        Assert.Equal("第一条", chushajo.Articles[0].Title);
        Assert.Equal(["1", "2"], chushajo.Articles[1].Paragraphs.Select(p => p.Num));
        Assert.Equal("駐車場の名称及び位置は、規則で定める。\n２　前項の規則は、町長が定める。", chushajo.Articles[1].Text);
        Assert.Equal(ProvisionKind.Supplementary, chushajo.Articles[2].Provision);
        Assert.Equal("この条例は、公布の日から施行する。", chushajo.Articles[2].Text);
    }

    public sealed class ReadXlsx
    {
        [Fact]
        public void Reads_the_first_sheet_with_a_header_and_reports_the_broken_row() =>
            AssertFixtureRead(ReadThroughPipeline("例規一覧.xlsx", ArticleListFixture.Xlsx()), "xlsx", "シート「一覧」の7行目の条番号「第X条」");

        [Fact]
        public void A_book_without_a_header_row_gives_one_error_naming_its_sheets()
        {
            var bytes = new XlsxBuilder().Sheet("Sheet1", (1, ["名前", "住所"]), (2, ["a", "b"])).Sheet("Sheet2").Build();
            var result = ReadThroughPipeline("名簿.xlsx", bytes);
            Assert.Empty(result.Documents);
            var error = Assert.Single(result.Diagnostics);
            Assert.Contains("「Sheet1」、「Sheet2」", error.Message);
        }

        [Fact]
        public void Paragraph_only_supplementary_rows_follow_the_reader_option()
        {
            var result = ReadThroughPipeline("例規一覧.xlsx", ArticleListFixture.Xlsx(), supplementaryParagraphs: false);
            Assert.DoesNotContain(result.Documents.SelectMany(d => d.Articles), a => a.Provision == ProvisionKind.Supplementary);
        }

        [Fact]
        public void An_old_xls_is_told_to_be_saved_as_xlsx()
        {
            var result = ReadThroughPipeline("一覧.xls", CompoundFile.Create("Workbook"));
            Assert.Contains("Excel ブック（*.xlsx）", Assert.Single(result.Diagnostics).Message);
        }
    }

    public sealed class ReadCsv
    {
        [Fact]
        public void Utf8_with_bom() =>
            AssertFixtureRead(ReadThroughPipeline("例規一覧.csv", ArticleListFixture.Csv(new UTF8Encoding(true))), "csv", "7行目の列が足りません");

        [Fact]
        public void Shift_jis() =>
            AssertFixtureRead(ReadThroughPipeline("例規一覧.csv", ArticleListFixture.Csv(CodePagesEncodingProvider.Instance.GetEncoding(932)!)), "csv", "7行目の列が足りません");

        [Fact]
        public void An_unquoted_comma_in_the_last_column_is_joined_back_with_a_warning()
        {
            var csv = "例規名,条,条文\r\n表彰規程,第1条,この規程は, 表彰について定める。\r\n";
            var result = ReadThroughPipeline("list.csv", Encoding.UTF8.GetBytes(csv));
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal((DiagnosticSeverity.Warning, 2), (warning.Severity, warning.Line));
            Assert.Equal("この規程は, 表彰について定める。", Assert.Single(Assert.Single(result.Documents).Articles).Text);
        }

        [Fact]
        public void Without_a_title_column_the_file_is_one_document_named_after_the_file()
        {
            var result = ReadThroughPipeline("表彰規程.csv", Encoding.UTF8.GetBytes("条,条文\n1,この規程は、表彰について定める。\n2,表彰は、毎年行う。\n"));
            var document = Assert.Single(result.Documents);
            Assert.Equal(("表彰規程", "表彰規程"), (document.Id, document.Title));
            Assert.Equal(["表彰規程#1", "表彰規程#2"], document.Articles.Select(a => a.Key));
        }
    }
}
