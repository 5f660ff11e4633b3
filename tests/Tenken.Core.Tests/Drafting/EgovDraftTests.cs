using Tenken.Core.Drafting;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Drafting;

public sealed class EgovDraftTests(ITestOutputHelper output)
{
    private static readonly RegulationCategory[] Five =
        [RegulationCategory.Paper, RegulationCategory.Seal, RegulationCategory.Posting, RegulationCategory.VisitView, RegulationCategory.InPerson];

    [Fact]
    public void Probe()
    {
        var drafts = EgovDrafts.Drafts;
        var manual = drafts.SelectMany(d => d.Manual).ToList();
        var all = drafts.SelectMany(d => d.Drafts).ToList();
        var articles = EgovDrafts.Screened.SelectMany(d => d.Articles).Where(a => a.Findings.Any(f => f.IsActive && Five.Contains(f.Category))).ToList();
        var full = articles.Count(a => all.Any(d => d.Key == a.Article.Key) && !manual.Any(m => m.Key == a.Article.Key && Five.Contains(m.Category)));
        output.WriteLine($"articles {articles.Count} fully drafted {full} ({(double)full / articles.Count:P1}); drafts {all.Count}");
        foreach (var c in drafts.SelectMany(d => d.Counts).GroupBy(c => c.Category))
            output.WriteLine($"{c.Key} findings {c.Sum(x => x.Findings)} drafted {c.Sum(x => x.Drafted)} articles {c.Sum(x => x.Articles)}/{c.Sum(x => x.ArticlesDrafted)}");
        foreach (var g in manual.Where(m => Five.Contains(m.Category)).GroupBy(m => m.Reason).OrderByDescending(g => g.Count()).Take(40))
            output.WriteLine($"  {g.Count()} {g.Key} [{g.First().Key}]");
        var texts = EgovDrafts.Screened.SelectMany(d => d.Articles).ToDictionary(a => a.Article.Key, a => a.Article.Text);
        foreach (var m in manual.Where(m => Five.Contains(m.Category) && !m.Reason.StartsWith("附則")))
        {
            var t = texts[m.Key];
            foreach (var cue in m.Cues.Split('、'))
            {
                var at = t.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0)
                    output.WriteLine($"  [{m.Category}] …{t[Math.Max(0, at - 25)..Math.Min(t.Length, at + cue.Length + 25)].Replace("\n", "⏎")}…  ({m.Reason[..Math.Min(30, m.Reason.Length)]})");
            }
        }
        foreach (var d in all.Where((_, i) => i % 17 == 0))
            output.WriteLine($"{d.Key} {string.Join(",", d.Patterns)}\n  {d.Aratamebun[0]}");
    }
}
