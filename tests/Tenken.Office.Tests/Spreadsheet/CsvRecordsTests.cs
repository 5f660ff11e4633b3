using System.Text;
using Tenken.Office.Reading.Spreadsheet;

namespace Tenken.Office.Tests.Spreadsheet;

public sealed class CsvRecordsTests
{
    public sealed class Parse
    {
        [Fact]
        public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_count_records()
        {
            var text = "例規名,条,条文\r\n規程,第1条,\"一行目、\r\n２　二行目, \"\"引用\"\"\"\r\n規程,第2条,短い\r\n";
            var rows = CsvRecords.Parse(text, ',', out var unclosed);
            Assert.Equal(0, unclosed);
            Assert.Equal(3, rows.Count);
            Assert.Equal("一行目、\n２　二行目, \"引用\"", rows[1].Cells[2]);
            Assert.Equal(3, rows[2].Number);
            Assert.Equal(["規程", "第2条", "短い"], rows[2].Cells);
        }

        [Fact]
        public void Last_record_without_newline_and_empty_trailing_cells_are_kept()
        {
            var rows = CsvRecords.Parse("a,b,\nc,,", ',', out _);
            Assert.Equal(["a", "b", ""], rows[0].Cells);
            Assert.Equal(["c", "", ""], rows[1].Cells);
        }

        [Fact]
        public void An_unclosed_quote_is_reported_with_its_row()
        {
            var rows = CsvRecords.Parse("a,b\nc,\"never closed\nd,e\n", ',', out var unclosed);
            Assert.Equal(2, unclosed);
            Assert.Single(rows);
        }
    }

    public sealed class CsvTextDecode
    {
        private const string Sample = "例規名,条,条文\n表彰規程,第1条,この規程は、町政の振興に功績のあった者を表彰する。";

        [Fact]
        public void Utf8_with_bom()
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
            Assert.Equal(Sample, CsvText.Decode(bytes, out var name));
            Assert.Equal("UTF-8 (BOM)", name);
        }

        [Fact]
        public void Utf8_without_bom()
        {
            Assert.Equal(Sample, CsvText.Decode(Encoding.UTF8.GetBytes(Sample), out var name));
            Assert.Equal("UTF-8", name);
        }

        [Fact]
        public void Shift_jis()
        {
            var sjis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
            Assert.Equal(Sample, CsvText.Decode(sjis.GetBytes(Sample), out var name));
            Assert.Equal("Shift_JIS", name);
        }

        [Fact]
        public void Utf16_with_bom()
        {
            var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();
            Assert.Equal(Sample, CsvText.Decode(bytes, out _));
        }
    }
}
