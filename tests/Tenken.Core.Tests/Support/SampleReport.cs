using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;

namespace Tenken.Tests.Support;

/// <summary>
/// A small report built by hand, independent of the screening engine: two documents, findings with cue spans found
/// by searching the article text, an AI review, a reviewer's decision, precedents, diagnostics and changes — and
/// articles whose text would be a formula or markup if written unsafely.
/// </summary>
public static class SampleReport
{
    public const string Hyperlink = "=HYPERLINK(\"http://evil.example/\",\"詳細\")";
    public const string Script = "<script>alert('x')</script>";

    public static ReviewReport Create(bool withChanges = true)
    {
        var ordinance = MakeDocument("tenken-test-jorei", "手数料条例", "条例", "令和元年条例第1号",
        [
            MakeArticle("tenken-test-jorei", "1", "第一条", "（目的）", P("1", "", "この条例は、手数料に関し必要な事項を定めるものとする。")),
            MakeArticle("tenken-test-jorei", "2", "第二条", "（申請）",
                P("1", "", "手数料の減免を受けようとする者は、申請書に押印の上、書面により市長に申請しなければならない。"),
                P("2", "２", "市長は、前項の申請があったときは、次に掲げる事項を確認するものとする。",
                    new Item { Num = "1", Title = "一", Text = "申請者の住所" },
                    new Item { Num = "2", Title = "二", Text = "申請書の原本を窓口において提示すること", Children = [new Item { Num = "1", Title = "イ", Text = "本人が出頭すること", Depth = 2 }] })),
            MakeArticle("tenken-test-jorei", "3", "第三条", null, P("1", "", Hyperlink + "の書面により掲示しなければならない。" + Script)),
            MakeArticle("tenken-test-jorei", "4", "第四条", "+見出し", P("1", "", "+1 書面により届け出なければならない。")),
            MakeArticle("tenken-test-jorei", "5", "第五条", null, P("1", "", "-1 書面により届け出なければならない。")),
            MakeArticle("tenken-test-jorei", "6", "第六条", null, P("1", "", "@SUM(A1) 書面により届け出なければならない。")),
        ]);
        var rule = MakeDocument("tenken-test-kisoku", "@規則", "規則", null,
        [
            MakeArticle("tenken-test-kisoku", "1", "第一条", null, P("1", "", "事業者は、事業所に専任の管理者を常駐させ、帳簿を事務所に備え付けて閲覧に供しなければならない。")),
        ]);

        var decided = DateTimeOffset.Parse("2026-01-15T10:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture);
        return new ReviewReport
        {
            Documents =
            [
                new DocumentResult(ordinance,
                [
                    Result(ordinance.Articles[0]),
                    Result(ordinance.Articles[1],
                        MakeFinding(ordinance.Articles[1], RegulationCategory.Paper, ["書面", "申請書"]),
                        MakeFinding(ordinance.Articles[1], RegulationCategory.Seal, ["押印"]) with
                        {
                            Decision = new ReviewDecision { Verdict = ReviewVerdict.Applicable, Reviewer = "法規 太郎", Note = "=改正予定", DecidedAt = decided, Conflict = true },
                        },
                        MakeFinding(ordinance.Articles[1], RegulationCategory.InPerson, ["窓口において", "出頭"]) with
                        {
                            Ai = new AiReview { Status = AiReviewStatus.Demoted, Reason = "確認事項の列挙にすぎない", Model = "test-model" },
                            Precedents = [new Precedent("A市", "a#2", "手数料条例", "非該当", "IN_PERSON", "列挙", 0.91)],
                        }),
                    Result(ordinance.Articles[2],
                        MakeFinding(ordinance.Articles[2], RegulationCategory.Paper, ["書面"]),
                        MakeFinding(ordinance.Articles[2], RegulationCategory.Posting, ["掲示"])),
                    Result(ordinance.Articles[3], MakeFinding(ordinance.Articles[3], RegulationCategory.Paper, ["書面"])),
                    Result(ordinance.Articles[4], MakeFinding(ordinance.Articles[4], RegulationCategory.Paper, ["書面"])),
                    Result(ordinance.Articles[5], MakeFinding(ordinance.Articles[5], RegulationCategory.Paper, ["書面"]) with { DigitalRoute = DigitalRoute.Partial }),
                ]),
                new DocumentResult(rule,
                [
                    Result(rule.Articles[0],
                        MakeFinding(rule.Articles[0], RegulationCategory.Resident, ["専任", "常駐"]),
                        MakeFinding(rule.Articles[0], RegulationCategory.VisitView, ["備え付け", "閲覧に供し"])) with
                    {
                        Basis = new LegalBasis(LegalBasisKind.NationalLaw, "廃棄物の処理及び清掃に関する法律第七条"),
                    },
                ]),
            ],
            Diagnostics =
            [
                new Diagnostic(DiagnosticSeverity.Error, "=cmd|' /C calc'!A0.xml", 3, "<b>読み込めません</b>", "read.error"),
                new Diagnostic(DiagnosticSeverity.Warning, "tenken-test-kisoku.html", 12, "見出しが見つかりません"),
            ],
            Changes = withChanges
                ?
                [
                    new ChangeEntry(ChangeKind.Added, "tenken-test-jorei#6", "手数料条例", "第六条", "新しい条"),
                    new ChangeEntry(ChangeKind.Changed, "tenken-test-jorei#2", "手数料条例", "第二条", "-文言の修正"),
                    new ChangeEntry(ChangeKind.Removed, "tenken-test-jorei#7", "手数料条例", "第七条", "削除された条"),
                ]
                : [],
            Run = new RunInfo { Inputs = ["samples"], FilesRead = 3, FilesFailed = 1, StartedAt = decided },
        };
    }

    /// <summary>All findings of the report in document then article order.</summary>
    public static IReadOnlyList<(Article Article, Finding Finding)> Findings(ReviewReport report) =>
        [.. report.Findings.Select(x => (x.Article.Article, x.Finding))];

    private static OrdinanceDocument MakeDocument(string id, string title, string kind, string? number, IReadOnlyList<Article> articles) => new()
    {
        Id = id,
        Title = title,
        Kind = kind,
        Number = number,
        SourcePath = $"fixtures/{id}.xml",
        Format = "egov-xml",
        Articles = articles,
    };

    private static Article MakeArticle(string doc, string num, string title, string? caption, params Paragraph[] paragraphs) => new()
    {
        Key = ArticleKeys.Main(doc, num),
        DocumentId = doc,
        Num = num,
        Title = title,
        Caption = caption,
        Paragraphs = paragraphs,
        Line = 10 * int.Parse(num, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Paragraph P(string num, string numText, string text, params Item[] items) =>
        new() { Num = num, NumText = numText, Text = text, Items = items };

    private static ArticleResult Result(Article article, params Finding[] findings) => new() { Article = article, Findings = findings };

    private static Finding MakeFinding(Article article, RegulationCategory category, IReadOnlyList<string> terms)
    {
        var info = Categories.Get(category);
        var cues = terms.SelectMany(t => Occurrences(article.Text, t).Select(i => new Cue(t, i, i + t.Length, $"test.{t}"))).ToList();
        if (cues.Count == 0)
            throw new InvalidOperationException($"{article.Key}: none of {string.Join(",", terms)} occurs");
        return new Finding
        {
            Id = Finding.MakeId(article.Key, category),
            Category = category,
            Cues = cues,
            Reason = $"「{cues[0].Text}」を含む",
            Confidence = 0.8,
            Rules = [.. cues.Select(c => c.RuleId)],
            Direction = info.Direction,
            Alternatives = info.Alternatives,
        };
    }

    private static IEnumerable<int> Occurrences(string text, string term)
    {
        for (var i = text.IndexOf(term, StringComparison.Ordinal); i >= 0; i = text.IndexOf(term, i + term.Length, StringComparison.Ordinal))
            yield return i;
    }
}
