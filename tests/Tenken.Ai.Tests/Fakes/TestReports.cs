using Tenken.Core.Documents;
using Tenken.Core.Reports;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Tests.Fakes;

/// <summary>Builds small reports by hand, with findings whose cue spans really occur in the article text.</summary>
public static class TestReports
{
    public const string PaperArticle = "申請者は、申請書を書面により市長に提出しなければならない。\n２　前項の申請書には、申請者が記名押印しなければならない。";

    public static ArticleResult Article(string num, string text, params (RegulationCategory Category, string Cue)[] findings)
    {
        var article = MakeArticle(num, text);
        return new ArticleResult
        {
            Article = article,
            Findings = [.. findings.GroupBy(f => f.Category).Select(g => new Finding
            {
                Id = Finding.MakeId(article.Key, g.Key),
                Category = g.Key,
                Cues = [.. g.Select(f => Cue(text, f.Cue))],
                Reason = $"「{g.First().Cue}」を含む",
                Confidence = 0.6,
                Rules = [$"lex.{g.Key.Code()}"],
                Direction = Categories.Get(g.Key).Direction,
                Alternatives = Categories.Get(g.Key).Alternatives,
            })],
        };
    }

    public static ArticleResult WeakCue(string num, string text, RegulationCategory category, string cue) => new()
    {
        Article = MakeArticle(num, text),
        Suppressed = [new SuppressedCue(category, Cue(text, cue), "ctx.penalty", "罰則規定のため除外")],
    };

    public static ReviewReport Report(params ArticleResult[] articles) => new()
    {
        Documents =
        [
            new DocumentResult(
                new OrdinanceDocument { Id = "test-doc", Title = "点検市テスト条例", Kind = "条例", SourcePath = "test.xml", Format = "test" },
                articles),
        ],
    };

    public static ReviewReport Paper() => Report(Article("1", PaperArticle, (RegulationCategory.Paper, "書面により"), (RegulationCategory.Seal, "記名押印")));

    public static IEnumerable<Finding> Findings(this ReviewReport report) => report.Findings.Select(f => f.Finding);

    private static Article MakeArticle(string num, string text) => new()
    {
        Key = ArticleKeys.Main("test-doc", num),
        DocumentId = "test-doc",
        Num = num,
        Title = $"第{num}条",
        Paragraphs = [new Paragraph { Num = "1", Text = text }],
    };

    private static Cue Cue(string text, string cue)
    {
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        if (at < 0)
            throw new ArgumentException($"cue {cue} not in text");
        return new Cue(cue, at, at + cue.Length, "lex");
    }
}
