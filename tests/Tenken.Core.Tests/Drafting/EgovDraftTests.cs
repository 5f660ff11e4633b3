using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Drafting;

/// <summary>
/// Drafting on the 80 e-Gov Acts of ../shared/data (skipped, naming the folder, when absent): coverage of the
/// articles with a PAPER, SEAL, POSTING, VISIT_VIEW or IN_PERSON finding, every draft re-applied with Tenken's own
/// parser and applier, a digital route in every after text, kanji numerals in every 改め文.
/// </summary>
public sealed partial class EgovDraftTests(ITestOutputHelper output)
{
    private static readonly RegulationCategory[] Five =
        [RegulationCategory.Paper, RegulationCategory.Seal, RegulationCategory.Posting, RegulationCategory.VisitView, RegulationCategory.InPerson];

    private static IEnumerable<ArticleDraft> AllDrafts => EgovDrafts.Drafts.SelectMany(d => d.Drafts);

    [Fact]
    public void Drafts_at_least_80_percent_of_the_articles_with_a_finding_of_the_five_categories()
    {
        var manual = EgovDrafts.Drafts.SelectMany(d => d.Manual).ToList();
        var drafted = AllDrafts.Select(d => d.Key).ToHashSet();
        var articles = EgovDrafts.Screened.SelectMany(d => d.Articles)
            .Where(a => a.Findings.Any(f => f.IsActive && Five.Contains(f.Category))).Select(a => a.Article.Key).ToList();
        // Fully drafted: a draft, and none of the article's findings of the five categories left to 個別検討.
        var full = articles.Count(k => drafted.Contains(k) && !manual.Any(m => m.Key == k && Five.Contains(m.Category)));
        var rate = (double)full / articles.Count;
        output.WriteLine($"articles with a finding of the five categories: {articles.Count}; fully drafted {full} ({rate:P1})");
        foreach (var c in EgovDrafts.Drafts.SelectMany(d => d.Counts).GroupBy(c => c.Category).OrderBy(g => g.Key))
            output.WriteLine($"  {c.Key.Code(),-16} findings {c.Sum(x => x.Findings),4}  drafted {c.Sum(x => x.Drafted),4} ({(double)c.Sum(x => x.Drafted) / c.Sum(x => x.Findings):P0})");
        foreach (var g in manual.Where(m => Five.Contains(m.Category)).GroupBy(m => m.Reason).OrderByDescending(g => g.Count()).Take(10))
            output.WriteLine($"  要個別検討 {g.Count(),3}: {g.Key}");
        Assert.True(articles.Count > 500, $"only {articles.Count} articles with findings: the corpus or the screening changed");
        Assert.True(rate >= 0.80, $"fully drafted {rate:P1}");
        Assert.DoesNotContain(manual, m => m.CheckFailed);
        Assert.DoesNotContain(EgovDrafts.Diagnostics.ToList(), d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Every_draft_reapplies_exactly_with_Tenkens_applier()
    {
        var articles = EgovDrafts.Screened.SelectMany(d => d.Articles).ToDictionary(a => a.Article.Key, a => a.Article);
        var count = 0;
        foreach (var draft in AllDrafts)
        {
            var before = articles[draft.Key];
            Assert.Equal(before.Text, draft.Before);
            var parsed = draft.Aratamebun.Select(AratamebunParser.Parse).ToList();
            Assert.All(parsed, p => Assert.True(p.Ok, $"{draft.Key}: {p.Error}"));
            var article = new AmendableArticle(before);
            Assert.Empty(AratamebunApplier.Apply(article, parsed.SelectMany(p => p.Clauses), NumeralStyle.Kanji));
            Assert.Equal(draft.After, article.ToArticle().Text);
            count++;
        }
        output.WriteLine($"{count} drafts re-applied");
        Assert.True(count > 500);
    }

    [Fact]
    public void Every_after_text_carries_a_digital_route_or_drops_the_seal()
    {
        var screener = new ScreeningPipelineBuilder().Build();
        var documents = EgovDrafts.Screened.ToDictionary(d => d.Document.Id, d => d.Document);
        var articles = EgovDrafts.Screened.SelectMany(d => d.Articles).ToDictionary(a => a.Article.Key);
        int resolved = 0, total = 0;
        foreach (var draft in AllDrafts.Where(d => d.Categories.Any(c => Five.Contains(c))))
        {
            var digital = Count(DigitalRoute(), draft.After) > Count(DigitalRoute(), draft.Before);
            var sealDropped = Count(Seal(), draft.After) < Count(Seal(), draft.Before);
            Assert.True(digital || sealDropped, $"{draft.Key}: no digital route added and no seal dropped\n{draft.After}");

            // Screened again, the finding the draft answers is gone or notes the digital route.
            var amended = new AmendableArticle(articles[draft.Key].Article);
            AratamebunApplier.Apply(amended, draft.Aratamebun.SelectMany(s => AratamebunParser.Parse(s).Clauses), NumeralStyle.Kanji);
            var again = screener.Screen(amended.ToArticle(), documents[draft.DocumentId]);
            foreach (var category in draft.Categories.Where(c => Five.Contains(c)))
            {
                total++;
                if (!again.Findings.Any(f => f.Category == category && f.DigitalRoute == Tenken.Core.Screening.Model.DigitalRoute.None))
                    resolved++;
            }
        }
        output.WriteLine($"screened again: {resolved} of {total} drafted findings no longer flagged without a digital route ({(double)resolved / total:P1})");
        Assert.True(resolved >= 0.95 * total, $"only {resolved} of {total} drafted findings resolved when screened again");
    }

    [Fact]
    public void Every_aratamebun_cites_in_kanji_numerals_as_the_Acts_do()
    {
        foreach (var sentence in AllDrafts.SelectMany(d => d.Aratamebun))
        {
            var skeleton = SentenceForms.SkeletonOf(sentence)!;
            Assert.DoesNotMatch("[0-9０-９]", skeleton);
            Assert.Matches("^(附則)?第[一二三四五六七八九十百千]+条", skeleton);
        }
    }

    private static int Count(Regex regex, string text) => regex.Matches(text).Count;

    [GeneratedRegex("電磁的|電子|インターネット|情報通信|映像と音声")]
    private static partial Regex DigitalRoute();

    [GeneratedRegex("押印|印を押")]
    private static partial Regex Seal();
}
