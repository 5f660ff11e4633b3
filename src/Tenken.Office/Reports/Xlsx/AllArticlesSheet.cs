using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Text;
using Tenken.Core.Screening.Model;

namespace Tenken.Office.Reports.Xlsx;

/// <summary>
/// 全条文: every article read, with or without findings, so a reviewer can check nothing was skipped. The cues
/// of all its findings are marked in the 条文 cell; cues a context rule set aside are listed with the reason.
/// </summary>
internal static class AllArticlesSheet
{
    public const string Name = "全条文";

    private static readonly (string Header, double Width)[] Columns =
    [
        ("条文キー", 24), ("例規名", 28), ("条", 16), ("見出し", 14), ("本則・附則", 8), ("結果", 14),
        ("規制区分", 24), ("指摘件数", 8), ("除外した語句", 30), ("条文", 70), ("出典", 30),
    ];

    public static SheetInfo Write(WorksheetPart part, ReviewReport report)
    {
        using var sheet = new SheetWriter(part, new SheetLayout([.. Columns.Select(c => c.Width)], FreezeRows: 1));
        sheet.StartRow(height: 33);
        for (var i = 0; i < Columns.Length; i++)
            sheet.Text(i, Columns[i].Header, XlsxStyles.Header);
        foreach (var d in report.Documents)
        {
            foreach (var a in d.Articles)
            {
                var text = a.Article.Text;
                var suppressed = string.Join("\n", a.Suppressed.Select(s => $"「{s.Cue.Text}」{s.Category.JapaneseName()}: {s.Reason}"));
                var lines = Math.Max(RowHeight.Lines(text, Columns[9].Width), RowHeight.Lines(suppressed, Columns[8].Width));
                sheet.StartRow(RowHeight.Points(lines));
                sheet.GuardedText(0, a.Article.Key, wrap: false);
                sheet.GuardedText(1, d.Document.Title, wrap: true);
                sheet.GuardedText(2, ArticlePlaces.ArticleLabel(a.Article), wrap: true);
                sheet.GuardedText(3, a.Article.Caption ?? "", wrap: true);
                sheet.GuardedText(4, ReportLabels.Provision(a.Article.Provision), wrap: false);
                sheet.GuardedText(5, Outcome(a), wrap: false);
                sheet.GuardedText(6, string.Join("、", a.Findings.Select(f => f.Category.JapaneseName())), wrap: true);
                sheet.Number(7, a.Findings.Count, XlsxStyles.Integer);
                sheet.GuardedText(8, suppressed, wrap: true);
                var spans = CueSpans.Merge(a.Findings.Where(f => f.IsActive).SelectMany(f => f.Cues), text.Length);
                sheet.Rich(9, text, spans, XlsxStyles.For(wrap: true, FormulaGuard.IsRisky(text)));
                sheet.GuardedText(10, $"{d.Document.SourcePath}:{a.Article.Line}", wrap: false);
            }
        }
        var filter = new FilterRange(0, 1, Columns.Length - 1, sheet.RowIndex);
        sheet.Finish(new AutoFilter { Reference = CellRef.Range(0, 1, Columns.Length - 1, sheet.RowIndex) });
        return new SheetInfo(Name, part, filter, PrintTitleRows: 1);
    }

    /// <summary>結果: 該当候補, 非該当 (every finding demoted or judged so), 削除, or 該当なし.</summary>
    private static string Outcome(ArticleResult a) =>
        a.Analog ? "該当候補"
        : a.Findings.Count > 0 ? "非該当（AI・判定）"
        : a.Article.Deleted ? "削除"
        : a.Suppressed.Count > 0 ? "該当なし（除外あり）"
        : "該当なし";
}
