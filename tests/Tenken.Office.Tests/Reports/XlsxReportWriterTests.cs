using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Text;
using Tenken.Office.Reports.Xlsx;
using Tenken.Tests.Support;

namespace Tenken.Office.Tests.Reports;

public sealed class XlsxReportWriterTests
{
    private static readonly XNamespace S = XlsxPackage.S;

    internal static byte[] Produce(ReviewReport report, bool allArticles = true)
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().Write(report, stream, new ReportOptions { IncludeAllArticles = allArticles });
        return stream.ToArray();
    }

    public sealed class Write
    {
        private readonly ReviewReport _report = SampleReport.Create();
        private readonly XlsxPackage _xlsx;

        public Write() => _xlsx = new XlsxPackage(Produce(_report));

        [Theory]
        [InlineData(true, true)]
        [InlineData(false, false)]
        public void Passes_the_Open_XML_validator_with_no_errors(bool allArticles, bool changes)
        {
            var bytes = Produce(SampleReport.Create(changes), allArticles);
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }

        [Fact]
        public void Writes_the_sheets_in_order_and_the_change_sheet_only_when_there_are_changes()
        {
            Assert.Equal(["点検結果", "集計", "全条文", "診断", "差分"], _xlsx.SheetNames);
            var plain = new XlsxPackage(Produce(SampleReport.Create(withChanges: false), allArticles: false));
            Assert.Equal(["点検結果", "集計", "診断"], plain.SheetNames);
        }

        [Fact]
        public void Header_row_has_the_review_import_contract_and_the_survey_columns()
        {
            var headers = _xlsx.Headers("点検結果").Keys.ToList();
            foreach (var required in new[] { "ID", "条文キー", "判定", "担当者", "備考", "例規種別", "例規名", "例規番号", "条・項・号", "見出し",
                         "条文", "規制区分", "該非", "判定理由", "確信度", "検出語句", "電子的手段", "規制根拠の分類", "根拠法令", "見直しの方向性",
                         "代替手段", "懸念事項", "現在PHASE", "目標PHASE", "対応", "所管課", "AI判定", "類似の先例", "再確認", "出典" })
                Assert.Contains(required, headers);
            Assert.Equal("ID", headers[0]);
        }

        [Fact]
        public void One_row_per_finding_in_document_then_article_order_with_id_and_article_key()
        {
            var rows = _xlsx.Rows("点検結果").Skip(1).ToList();
            var h = _xlsx.Headers("点検結果");
            var expected = SampleReport.Findings(_report);
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(i + 2, rows[i].Row);
                Assert.Equal(expected[i].Finding.Id, _xlsx.CellText(rows[i].Cells[h["ID"]]));
                Assert.Equal(expected[i].Article.Key, _xlsx.CellText(rows[i].Cells[h["条文キー"]]));
                Assert.Equal(expected[i].Article.Text, _xlsx.CellText(rows[i].Cells[h["条文"]]));
            }
        }

        [Fact]
        public void Cue_words_in_the_article_cell_are_red_bold_runs_on_exactly_the_cue_spans()
        {
            var rows = _xlsx.Rows("点検結果").Skip(1).ToList();
            var column = _xlsx.Headers("点検結果")["条文"];
            var expected = SampleReport.Findings(_report);
            for (var i = 0; i < rows.Count; i++)
            {
                var runs = _xlsx.Runs(rows[i].Cells[column]);
                var red = new List<TextSpan>();
                var at = 0;
                foreach (var (text, redBold) in runs)
                {
                    if (redBold)
                        red.Add(new TextSpan(at, at + text.Length));
                    at += text.Length;
                }
                var (article, finding) = expected[i];
                Assert.Equal(article.Text.Length, at);
                Assert.Equal(CueSpans.Merge(finding.Cues, article.Text.Length), red);
                Assert.All(red, s => Assert.Contains(article.Text[s.Start..s.End], finding.Cues.Select(c => c.Text)));
            }
        }

        [Fact]
        public void Verdict_column_has_a_drop_down_list_over_every_finding_row()
        {
            var h = _xlsx.Headers("点検結果");
            var rows = SampleReport.Findings(_report).Count;
            var validations = _xlsx.Sheet("点検結果").Root!.Element(S + "dataValidations")!.Elements(S + "dataValidation").ToList();
            var verdict = validations.Single(v => (string)v.Attribute("sqref")! == $"{h["判定"]}2:{h["判定"]}{rows + 1}");
            Assert.Equal("list", (string)verdict.Attribute("type")!);
            Assert.Equal("\"該当,非該当,要検討\"", verdict.Element(S + "formula1")!.Value);
            Assert.Equal("1", (string)verdict.Attribute("showErrorMessage")!);
            Assert.Contains(validations, v => (string)v.Attribute("sqref")! == $"{h["対応"]}2:{h["対応"]}{rows + 1}");
        }

        [Fact]
        public void Autofilter_covers_the_header_and_every_row_and_is_named_for_excel()
        {
            var lastColumn = _xlsx.Headers("点検結果").Values.MaxBy(l => (l.Length, l))!;
            var lastRow = SampleReport.Findings(_report).Count + 1;
            Assert.Equal($"A1:{lastColumn}{lastRow}", (string)_xlsx.Sheet("点検結果").Root!.Element(S + "autoFilter")!.Attribute("ref")!);
            var name = _xlsx.Workbook.Root!.Element(S + "definedNames")!.Elements(S + "definedName")
                .Single(n => (string)n.Attribute("name")! == "_xlnm._FilterDatabase" && (string)n.Attribute("localSheetId")! == "0");
            Assert.Equal($"'点検結果'!$A$1:${lastColumn}${lastRow}", name.Value);
        }

        [Fact]
        public void Header_row_is_frozen()
        {
            var pane = _xlsx.Sheet("点検結果").Root!.Element(S + "sheetViews")!.Element(S + "sheetView")!.Element(S + "pane")!;
            Assert.Equal("frozen", (string)pane.Attribute("state")!);
            Assert.Equal("1", (string)pane.Attribute("ySplit")!);
            Assert.Equal("A2", (string)pane.Attribute("topLeftCell")!);
            Assert.Null(pane.Attribute("xSplit"));
        }

        [Fact]
        public void Columns_have_widths_and_long_text_wraps()
        {
            var cols = _xlsx.Sheet("点検結果").Root!.Element(S + "cols")!.Elements(S + "col").ToList();
            Assert.Equal(_xlsx.Headers("点検結果").Count, cols.Count);
            Assert.All(cols, c => Assert.True((double)c.Attribute("width")! >= 8));
            var article = _xlsx.Rows("点検結果")[1].Cells[_xlsx.Headers("点検結果")["条文"]];
            Assert.Equal("1", (string?)_xlsx.CellFormat(article).Element(S + "alignment")!.Attribute("wrapText"));
        }

        [Fact]
        public void Text_is_in_a_Japanese_font()
        {
            var fonts = _xlsx.Styles.Root!.Element(S + "fonts")!.Elements(S + "font").ToList();
            Assert.All(fonts, f => Assert.Equal("游ゴシック", (string)f.Element(S + "name")!.Attribute("val")!));
            Assert.All(fonts, f => Assert.Equal("128", (string)f.Element(S + "charset")!.Attribute("val")!));
        }

        [Fact]
        public void Text_that_looks_like_a_formula_is_a_text_cell_marked_with_quote_prefix()
        {
            Assert.DoesNotContain(_xlsx.SheetNames, name => _xlsx.Sheet(name).Descendants(S + "f").Any());
            var risky = 0;
            foreach (var name in _xlsx.SheetNames)
            {
                foreach (var (_, cells) in _xlsx.Rows(name))
                {
                    foreach (var cell in cells.Values)
                    {
                        var text = _xlsx.CellText(cell);
                        if (!FormulaGuard.IsRisky(text) || (string?)cell.Attribute("t") is not ("inlineStr" or "s"))
                            continue;
                        risky++;
                        Assert.Equal("1", (string?)_xlsx.CellFormat(cell).Attribute("quotePrefix"));
                    }
                }
            }
            Assert.True(risky >= 8, $"only {risky} risky cells were checked");
            var h = _xlsx.Headers("点検結果");
            var texts = _xlsx.Rows("点検結果").Skip(1).Select(r => _xlsx.CellText(r.Cells[h["条文"]])).ToList();
            Assert.Contains(texts, t => t.StartsWith(SampleReport.Hyperlink, StringComparison.Ordinal));
        }

        [Fact]
        public void Reviewer_columns_carry_the_decision_and_the_conflict()
        {
            var h = _xlsx.Headers("点検結果");
            var row = _xlsx.Rows("点検結果").Single(r => _xlsx.CellText(r.Cells[h["ID"]]) == "tenken-test-jorei#2:SEAL").Cells;
            Assert.Equal("該当", _xlsx.CellText(row[h["判定"]]));
            Assert.Equal("法規 太郎", _xlsx.CellText(row[h["担当者"]]));
            Assert.Equal("=改正予定", _xlsx.CellText(row[h["備考"]]));
            Assert.Equal("判定後に条文が変更", _xlsx.CellText(row[h["再確認"]]));
            var demoted = _xlsx.Rows("点検結果").Single(r => _xlsx.CellText(r.Cells[h["ID"]]) == "tenken-test-jorei#2:IN_PERSON").Cells;
            Assert.Equal("非該当(AI)", _xlsx.CellText(demoted[h["該非"]]));
            Assert.StartsWith("非該当: 確認事項の列挙にすぎない", _xlsx.CellText(demoted[h["AI判定"]]), StringComparison.Ordinal);
            Assert.Contains("A市", _xlsx.CellText(demoted[h["類似の先例"]]), StringComparison.Ordinal);
            Assert.Equal("第二条第二項第二号、第二条第二項第二号イ", _xlsx.CellText(demoted[h["条・項・号"]]));
        }

        [Fact]
        public void Summary_sheet_counts_findings_by_category_and_document()
        {
            var rows = _xlsx.Rows("集計");
            string Text(int row, string col) => rows.Single(r => r.Row == row).Cells.TryGetValue(col, out var c) ? _xlsx.CellText(c) : "";
            var paperRow = rows.Single(r => r.Cells.TryGetValue("B", out var c) && _xlsx.CellText(c) == "PAPER").Row;
            Assert.Equal("書面規制", Text(paperRow, "A"));
            Assert.Equal("5", Text(paperRow, "C"));
            var mapRow = rows.Single(r => r.Cells.TryGetValue("A", out var c) && _xlsx.CellText(c) == "手数料条例").Row;
            Assert.Equal("6", Text(mapRow, "C"));
            Assert.Equal("7", Text(mapRow, CellRef.Column(4 + 11)));
            Assert.Single(_xlsx.Sheet("集計").Root!.Elements(S + "conditionalFormatting"));
        }

        [Fact]
        public void All_articles_sheet_lists_every_article_read()
        {
            var rows = _xlsx.Rows("全条文").Skip(1).ToList();
            var keys = _report.Articles.Select(a => a.Article.Key).ToList();
            Assert.Equal(keys, rows.Select(r => _xlsx.CellText(r.Cells["A"])));
            Assert.Equal("該当なし", _xlsx.CellText(rows[0].Cells["F"]));
            Assert.Equal("該当候補", _xlsx.CellText(rows[1].Cells["F"]));
        }

        [Fact]
        public void Diagnostics_and_changes_sheets_list_every_entry()
        {
            var diagnostics = _xlsx.Rows("診断").Skip(1).ToList();
            Assert.Equal(_report.Diagnostics.Count, diagnostics.Count);
            Assert.Equal("エラー", _xlsx.CellText(diagnostics[0].Cells["A"]));
            Assert.Equal("<b>読み込めません</b>", _xlsx.CellText(diagnostics[0].Cells["D"]));
            Assert.Equal("3", _xlsx.CellText(diagnostics[0].Cells["C"]));
            var changes = _xlsx.Rows("差分").Skip(1).Select(r => _xlsx.CellText(r.Cells["A"])).ToList();
            Assert.Equal(["新規", "変更", "削除"], changes);
        }
    }
}

public sealed class XlsxLongTextTests
{
    [Fact]
    public void A_workbook_with_a_huge_article_and_control_characters_is_still_valid_and_reads_back()
    {
        var report = Tenken.Tests.Support.SampleReport.Create();
        var first = report.Documents[0];
        var article = first.Articles[1].Article;
        var huge = new Tenken.Core.Documents.Article
        {
            Key = article.Key, DocumentId = article.DocumentId, Num = article.Num, Title = article.Title,
            Paragraphs = [new Tenken.Core.Documents.Paragraph { Num = "1", Text = "書面\u0007" + new string('あ', 40_000) + "_x000D_" }],
        };
        var finding = first.Articles[1].Findings[0] with { Cues = [new Tenken.Core.Screening.Model.Cue("書面", 0, 2)] };
        report = report with
        {
            Documents = [first with { Articles = [first.Articles[1] with { Article = huge, Findings = [finding] }] }],
        };
        var bytes = XlsxReportWriterTests.Produce(report);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken));
        var xlsx = new Tenken.Tests.Support.XlsxPackage(bytes);
        var cell = xlsx.Rows("点検結果")[1].Cells[xlsx.Headers("点検結果")["条文"]];
        var text = xlsx.CellText(cell);
        Assert.Equal(CellText.MaxLength, text.Length);
        Assert.StartsWith("書面\uFFFDあ", text, StringComparison.Ordinal);
        Assert.Equal(("書面", true), xlsx.Runs(cell)[0]);
    }
}
