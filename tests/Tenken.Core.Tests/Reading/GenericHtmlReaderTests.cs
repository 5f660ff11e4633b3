using System.Text;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Html;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

public sealed class GenericHtmlReaderTests
{
    // A page in the style of other 例規集 systems: site furniture, <br>-separated lines, a data table.
    private const string Page = """
        <html><head><title>例規集 - 汎用町補助金交付規則</title></head><body>
        <div id="header">汎用町ホームページ</div><ul class="nav"><li><a href="/">トップ</a></li><li><a href="/reiki">例規集</a></li></ul>
        <div class="honbun">
        <p>○汎用町補助金交付規則</p>
        <p>平成15年3月20日<br>規則第8号</p>
        <p>（趣旨）<br>第1条　この規則は、補助金の交付に関し必要な事項を定めるものとする。</p>
        <p>（申請）<br>第2条　補助金の交付を受けようとする者は、次に掲げる書類を町長に提出しなければならない。<br>
        (1)　交付申請書<br>(2)　事業計画書</p>
        <p>2　前項の書類には、押印しなければならない。</p>
        <p>第3条　補助金の額は、次のとおりとする。</p>
        <table><tr><td>区分</td><td>金額</td></tr><tr><td>個人</td><td>1万円</td></tr></table>
        <p>附　則</p><p>この規則は、公布の日から施行する。</p>
        </div></body></html>
        """;

    private static ReadResult ReadBytes(string name, byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes);
        return new ReaderPipelineBuilder().UseCoreReaders().Build().ReadFile(path, TestContext.Current.CancellationToken);
    }

    private static Encoding ShiftJis => CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    public sealed class Read
    {
        [Theory]
        [InlineData("utf-8", null)]
        [InlineData("shift_jis", null)]
        [InlineData("shift_jis", "<meta charset=\"Shift_JIS\">")]
        [InlineData("shift_jis", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=x-sjis\">")]
        [InlineData("utf-8", "<meta charset=\"shift_jis\">")]
        public void ReadsThePageWhateverItsCharsetAndDeclaration(string encoding, string? meta)
        {
            var html = meta is null ? Page : Page.Replace("<head>", "<head>" + meta, StringComparison.Ordinal);
            var bytes = encoding == "utf-8" ? new UTF8Encoding(false).GetBytes(html) : ShiftJis.GetBytes(html);
            var result = ReadBytes("hojo.html", bytes);

            Assert.Empty(result.Diagnostics);
            var doc = Assert.Single(result.Documents);
            Assert.Equal("html", doc.Format);
            Assert.Equal("汎用町補助金交付規則", doc.Title);
            Assert.Equal("規則", doc.Kind);
            Assert.Equal("平成15年3月20日規則第8号", doc.Number);
            Assert.Equal(["hojo#1", "hojo#2", "hojo#3"], doc.Articles.Select(a => a.Key));
            Assert.Equal("（申請）", doc.Articles[1].Caption);
            Assert.Equal(
                "補助金の交付を受けようとする者は、次に掲げる書類を町長に提出しなければならない。\n  (1)　交付申請書\n  (2)　事業計画書\n２　前項の書類には、押印しなければならない。".Replace("２", "2", StringComparison.Ordinal),
                doc.Articles[1].Text);
            Assert.Equal(["区分　金額", "個人　1万円"], doc.Articles[2].Paragraphs[0].TableRows);
        }
    }

    public sealed class Probe
    {
        [Fact]
        public void TakesHtmlFilesButLeavesTxtToTheTextReader()
        {
            var reader = new GenericHtmlReader();
            var head = Encoding.ASCII.GetBytes("<!DOCTYPE html><html>");
            Assert.True(reader.Probe(new SourceProbe("a.html", ".html", head)) > 0);
            Assert.True(reader.Probe(new SourceProbe("a", "", head)) > 0);
            Assert.Equal(0, reader.Probe(new SourceProbe("a.txt", ".txt", head)));
        }
    }
}

public sealed class HtmlDecoderTests
{
    public sealed class DeclaredCharset
    {
        [Theory]
        [InlineData("<meta charset=\"Shift_JIS\">", "shift_jis")]
        [InlineData("<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html; charset=EUC-JP\">", "euc-jp")]
        [InlineData("<meta name=\"x\">", null)]
        public void FindsTheDeclaration(string head, string? expected) =>
            Assert.Equal(expected, HtmlDecoder.DeclaredCharset(Encoding.ASCII.GetBytes("<html><head>" + head)));
    }
}
