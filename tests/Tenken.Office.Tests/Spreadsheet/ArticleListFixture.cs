using System.Text;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.Spreadsheet;

/// <summary>
/// One list of articles as staff keep it in Excel: a title row, the header on row 3 (spaced, full-width, own
/// order), two ordinances interleaved, 例規名 left blank below its first row, a 附則 row, and a broken row 7.
/// </summary>
internal static class ArticleListFixture
{
    public const int BrokenRow = 7;
    public const string Hyosho = "かつらぎ町表彰規程";
    public const string Chushajo = "かつらぎ町駐車場等設置条例";

    public static readonly string[] Header = ["所管課", "例 規 名", "例規番号", "条　番　号", "見出し", "条　文"];

    private static (int, object?[])[] Rows(object?[] brokenRow, object hyoshoTitle, object chushajoTitle, object chushajoFirstArticle) =>
    [
        (1, ["かつらぎ町 例規一覧（テスト用）"]),
        (3, Header),
        (4, ["総務課", hyoshoTitle, "平成９年訓令第21号", "第1条", "趣旨", "この規程は、町政の振興に功績のあった者の表彰について必要な事項を定めるものとする。"]),
        (5, ["", "", "", "第2条", "表彰の対象", "表彰は、次の各号のいずれかに該当する者について行う。\n(1)　町政の振興に功績のあった者\n(2)　社会福祉の向上に功績のあった者"]),
        (6, ["", "", "", "第2条の2", "", "前条の表彰は、毎年十一月三日に行う。ただし,町長が別に定めるときは、この限りでない。"]),
        (BrokenRow, brokenRow),
        (8, ["建設課", chushajoTitle, "平成18年条例第25号", chushajoFirstArticle, "目的", "この条例は、駐車場の設置及び管理に関し必要な事項を定める。"]),
        (9, ["", "", "", "2", "", "駐車場の名称及び位置は、規則で定める。\n２　前項の規則は、町長が定める。"]),
        (10, ["", Hyosho, "", "第3条", "表彰の方法", "表彰は、表彰状を授与して行う。"]),
        (11, ["", Chushajo, "", "附則", "", "この条例は、公布の日から施行する。"]),
    ];

    /// <summary>A workbook whose first sheet is a cover without a header; the list is on the second sheet.</summary>
    public static byte[] Xlsx() => new XlsxBuilder()
        .Sheet("表紙", (1, ["例規一覧"]), (2, ["令和6年4月1日現在"]))
        .Sheet("一覧", Rows(
            brokenRow: ["", "", "", "第X条", "", "読めない条番号の行"],
            hyoshoTitle: new XlsxCell.Rich(["かつらぎ町", "表彰規程"], "カツラギチョウヒョウショウキテイ"),
            chushajoTitle: new XlsxCell.Inline(Chushajo),
            chushajoFirstArticle: new XlsxCell.Number(1)))
        .Build();

    /// <summary>The same list as CSV (CRLF, quoted where needed); the broken row has too few cells.</summary>
    public static byte[] Csv(Encoding encoding)
    {
        var rows = Rows(brokenRow: ["", Hyosho], hyoshoTitle: Hyosho, chushajoTitle: Chushajo, chushajoFirstArticle: "1");
        var sb = new StringBuilder();
        var next = 1;
        foreach (var (number, cells) in rows)
        {
            for (; next < number; next++)
                sb.Append("\r\n");
            sb.Append(string.Join(",", cells.Select(c => Quote(c?.ToString() ?? "")))).Append("\r\n");
            next = number + 1;
        }
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(sb.ToString())];
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) + "\"" : cell;
}
