using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Office.Review;

namespace Tenken.Office.Tests.Review;

public sealed class ReviewWorkbookReaderTests
{
    /// <summary>A workbook with one sheet; each row is a list of (cell reference, text) written as inline strings.</summary>
    private static string Workbook(string sheetName, params (uint Row, (string Ref, string Text)[] Cells)[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tenken-review-{Guid.NewGuid():N}.xlsx");
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var (index, cells) in rows)
        {
            var row = new Row { RowIndex = index };
            foreach (var (reference, text) in cells)
                row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
            data.Append(row);
        }
        part.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
        workbook.Workbook.Save();
        return path;
    }

    public sealed class Read
    {
        [Fact]
        public void Finds_columns_by_header_text_in_any_order_and_skips_gaps_and_empty_rows()
        {
            var path = Workbook("点検結果",
                (1, [("A", "備考"), ("C", "判定"), ("D", "ID"), ("F", "担当者"), ("G", "条文キー")]),
                (2, [("C2", "該当"), ("D2", "doc#3:SEAL"), ("G2", "doc#3")]),
                (5, [("A5", "電子署名で可"), ("C5", "非該当"), ("D5", "doc#1:PAPER"), ("F5", "山田"), ("G5", "doc#1")]),
                (6, [("B6", "メモだけの行")]));

            var sheet = ReviewWorkbookReader.Read(path);

            Assert.Equal(2, sheet.Rows.Count);
            Assert.Equal(new ReviewRow(2, "doc#3:SEAL", "doc#3", "該当", "", "", "C2"), sheet.Rows[0]);
            Assert.Equal(new ReviewRow(5, "doc#1:PAPER", "doc#1", "非該当", "山田", "電子署名で可", "C5"), sheet.Rows[1]);
        }

        [Fact]
        public void Names_the_missing_header_and_the_sheet()
        {
            var path = Workbook("点検結果", (1, [("A1", "ID"), ("B1", "条文キー"), ("C1", "担当者"), ("D1", "備考")]));
            var error = Assert.Throws<ReviewWorkbookException>(() => ReviewWorkbookReader.Read(path));
            Assert.Contains("見出し「判定」がありません", error.Message);
            Assert.Contains(path, error.Message);
        }

        [Fact]
        public void Names_the_missing_sheet()
        {
            var path = Workbook("Sheet1", (1, [("A1", "ID")]));
            var error = Assert.Throws<ReviewWorkbookException>(() => ReviewWorkbookReader.Read(path));
            Assert.Contains("シート「点検結果」がありません", error.Message);
        }
    }
}
