using System.Globalization;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Reports.Columns;

/// <summary>
/// The columns of the review list, in order (documented in docs/review-workbook.md). ID, 条文キー, 判定, 担当者 and
/// 備考 are a contract: <c>tenken review import</c> finds them by header text. AI判定 and 類似の先例 appear only
/// when some finding has them, 関連する条・様式 only when some document has a 様式 or 別表.
/// </summary>
public static class ReviewColumns
{
    public const string Id = "ID";
    public const string ArticleKey = "条文キー";
    public const string ArticleText = "条文";
    public const string Verdict = "判定";
    public const string Reviewer = "担当者";
    public const string Note = "備考";

    /// <summary>The 様式 and 別表 an article names, or the articles that name a 様式 or 別表; shown when a document has one.</summary>
    public const string RelatedColumn = "関連する条・様式";

    public static IReadOnlyList<ReviewColumn> For(ReviewReport report)
    {
        var findings = report.Findings.Select(x => x.Finding).ToList();
        var withAi = findings.Any(f => f.Ai is not null);
        var withPrecedents = findings.Any(f => f.Precedents.Count > 0);
        var withConflicts = findings.Any(f => f.Decision?.Conflict == true);
        var columns = new List<ReviewColumn>
        {
            new(Id, 30, ColumnKind.Text, r => r.Finding.Id),
            new(ArticleKey, 24, ColumnKind.Text, r => r.Article.Key),
            new("例規種別", 8, ColumnKind.Text, r => r.Document.Document.Kind),
            new("例規名", 28, ColumnKind.LongText, r => r.Document.Document.Title),
            new("例規番号", 20, ColumnKind.LongText, r => r.Document.Document.Number ?? ""),
            new("条・項・号", 16, ColumnKind.LongText, r => r.Places.Of(r.Finding.Cues.Select(c => c.Start))),
            new("見出し", 14, ColumnKind.LongText, r => r.Article.Caption ?? ""),
            new(ArticleText, 70, ColumnKind.ArticleText, r => r.Article.Text),
            new("規制区分", 16, ColumnKind.Text, r => r.Finding.Category.JapaneseName()),
            new("該非", 14, ColumnKind.Text, r => ReportLabels.Judgement(r.Finding)),
            new("判定理由", 30, ColumnKind.LongText, r => r.Finding.Reason),
            new("確信度", 8, ColumnKind.Number, r => r.Finding.Confidence.ToString("0.00", CultureInfo.InvariantCulture))
            {
                Number = r => Math.Round(r.Finding.Confidence, 2),
            },
            new("検出語句", 16, ColumnKind.LongText, r => string.Join("、", r.Finding.Cues.Select(c => c.Text).Distinct())),
            new("電子的手段", 10, ColumnKind.Text, r => ReportLabels.Route(r.Finding.DigitalRoute)),
            new("規制根拠の分類", 14, ColumnKind.Text, r => ReportLabels.BasisKind(r.Result.Basis)),
            new("根拠法令", 24, ColumnKind.LongText, r => r.Result.Basis?.Citation ?? ""),
            new("見直しの方向性", 36, ColumnKind.LongText, r => FirstOf(r.Finding.Direction, r.Finding.Ai?.Direction)),
            new("代替手段", 28, ColumnKind.LongText, r => FirstOf(r.Finding.Alternatives, r.Finding.Ai?.Alternatives)),
            new("懸念事項", 24, ColumnKind.LongText, r => FirstOf(r.Finding.Concerns, r.Finding.Ai?.Concerns)),
            new("現在PHASE", 10, ColumnKind.Text, r => r.Finding.Ai?.PhaseCurrent ?? ""),
            new("目標PHASE", 10, ColumnKind.Text, r => r.Finding.Ai?.PhaseTarget ?? ""),
            new("対応", 12, ColumnKind.Choice, _ => "") { Choices = ReportLabels.ActionChoices },
            new("所管課", 14, ColumnKind.Entry, _ => ""),
        };
        var related = new RelatedUnits(report);
        if (related.Any)
            columns.Insert(columns.FindIndex(c => c.Header == ArticleText) + 1, new(RelatedColumn, 16, ColumnKind.LongText, related.Of));
        if (withAi)
            columns.Add(new("AI判定", 36, ColumnKind.LongText, r => AiText(r.Finding.Ai)));
        if (withPrecedents)
            columns.Add(new("類似の先例", 36, ColumnKind.LongText, r => PrecedentText(r.Finding.Precedents)));
        columns.Add(new(Verdict, 10, ColumnKind.Choice, r => r.Finding.Decision is { } d ? ReportLabels.Verdict(d.Verdict) : "")
        {
            Choices = ReportLabels.VerdictChoices,
        });
        columns.Add(new(Reviewer, 12, ColumnKind.Entry, r => r.Finding.Decision?.Reviewer ?? ""));
        columns.Add(new(Note, 30, ColumnKind.Entry, r => r.Finding.Decision?.Note ?? ""));
        if (withConflicts)
            columns.Add(new("再確認", 16, ColumnKind.Text, r => r.Finding.Decision?.Conflict == true ? "判定後に条文が変更" : ""));
        columns.Add(new("出典", 30, ColumnKind.Text, r => $"{r.Document.Document.SourcePath}:{r.Article.Line}"));
        return columns;
    }

    private static string FirstOf(string value, string? fallback) => value.Length > 0 ? value : fallback ?? "";

    private static string AiText(AiReview? ai)
    {
        if (ai is null)
            return "";
        if (ai.Status == AiReviewStatus.NoAnswer)
            return ai.Failure.Length > 0 ? $"回答なし（{ai.Failure}）" : "回答なし";
        var text = $"{ReportLabels.AiStatus(ai.Status)}: {ai.Reason}";
        if (ai.Quotes.Count > 0)
            text += "\n根拠: " + string.Join(" / ", ai.Quotes.Select(q => $"「{q}」"));
        return ai.Model.Length > 0 ? $"{text}\n（{ai.Model}）" : text;
    }

    private static string PrecedentText(IReadOnlyList<Precedent> precedents) => string.Join("\n",
        precedents.Take(3).Select(p => $"{p.Municipality} {p.Title}: {p.Verdict}（{p.Categories}）{p.Reason} [{p.Score.ToString("0.00", CultureInfo.InvariantCulture)}]"));
}
