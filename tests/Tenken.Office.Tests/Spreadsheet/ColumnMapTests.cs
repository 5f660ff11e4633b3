using Tenken.Office.Reading.Spreadsheet;

namespace Tenken.Office.Tests.Spreadsheet;

public sealed class ColumnMapTests
{
    public sealed class Detect
    {
        [Fact]
        public void Finds_a_header_below_title_rows_with_spaces_full_width_and_any_order()
        {
            SheetRow[] rows =
            [
                new(1, ["かつらぎ町例規一覧（令和6年4月1日現在）"]),
                new(2, []),
                new(3, ["所管課", "条　文", " 例規名 ", "条番号", "（見出し）", "例規番号", "種別"]),
                new(4, ["総務課", "この規程は…", "表彰規程", "第1条", "趣旨", "訓令第1号", "規程"]),
            ];
            var map = ColumnMap.Detect(rows);
            Assert.NotNull(map);
            Assert.Equal(3, map.HeaderRow);
            Assert.Equal((0, 1, 2, 3, 4, 5, 6), (map.Department, map.Text, map.Title, map.Article, map.Caption, map.Number, map.Kind));
        }

        [Theory]
        [InlineData("条例名", "本文")]
        [InlineData("規則名", "内容")]
        [InlineData("ＲＥＩＫＩ", "条文")]
        public void Accepts_synonyms(string titleHeader, string textHeader)
        {
            var map = ColumnMap.Detect([new SheetRow(1, [titleHeader, "条", textHeader])]);
            Assert.NotNull(map);
            Assert.Equal(2, map.Text);
        }

        [Fact]
        public void A_sheet_without_a_text_column_has_no_header()
        {
            Assert.Null(ColumnMap.Detect([new SheetRow(1, ["例規名", "条", "備考"]), new SheetRow(2, ["a", "b", "c"])]));
        }

        [Fact]
        public void A_header_deeper_than_the_scan_window_is_not_found()
        {
            var rows = Enumerable.Range(1, 40).Select(i => new SheetRow(i, i == 35 ? ["例規名", "条", "条文"] : ["メモ"])).ToList();
            Assert.Null(ColumnMap.Detect(rows));
            Assert.NotNull(ColumnMap.Detect(rows, scanRows: 40));
        }
    }
}
