using Tenken.Core.Reports.Text;
using Tenken.Office.Reports.Xlsx;

namespace Tenken.Office.Tests.Reports;

public sealed class CellTextTests
{
    public sealed class Fit
    {
        [Fact]
        public void Replaces_characters_xml_cannot_carry_one_for_one()
        {
            var (text, spans) = CellText.Fit("a\u0001b\u000Bc\uFFFEd\uD800e😀\n\t", [new TextSpan(2, 3)]);
            Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe😀\n\t", text);
            Assert.Equal([new TextSpan(2, 3)], spans);
        }

        [Fact]
        public void Cuts_text_over_the_excel_limit_with_a_note_and_clips_the_spans()
        {
            var long_ = new string('あ', 40_000);
            var (text, spans) = CellText.Fit(long_, [new TextSpan(10, 12), new TextSpan(32_700, 32_800), new TextSpan(39_000, 39_001)]);
            Assert.Equal(CellText.MaxLength, text.Length);
            Assert.EndsWith(CellText.CutNote, text, StringComparison.Ordinal);
            var keep = CellText.MaxLength - CellText.CutNote.Length;
            Assert.Equal([new TextSpan(10, 12), new TextSpan(32_700, keep)], spans);
        }

        [Fact]
        public void Does_not_split_a_surrogate_pair_when_cutting()
        {
            var keep = CellText.MaxLength - CellText.CutNote.Length;
            var text = new string('a', keep - 1) + "😀" + new string('b', 100);
            var (fitted, _) = CellText.Fit(text, []);
            Assert.False(fitted.Any(char.IsSurrogate) && !fitted.Contains("😀", StringComparison.Ordinal));
            Assert.False(char.IsHighSurrogate(fitted[keep - 2]));
        }
    }

    public sealed class EscapeForXstring
    {
        [Theory]
        [InlineData("_x000D_", "_x005F_x000D_")]
        [InlineData("a_x0041_b_x12_", "a_x005F_x0041_b_x12_")]
        [InlineData("_xZZZZ_", "_xZZZZ_")]
        [InlineData("第一条", "第一条")]
        public void Escapes_the_underscore_of_a_literal_escape_sequence(string text, string expected) =>
            Assert.Equal(expected, CellText.EscapeForXstring(text));
    }
}
