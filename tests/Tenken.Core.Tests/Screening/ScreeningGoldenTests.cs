using System.Text.RegularExpressions;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// Golden fixtures, one file per rule or category (Fixtures/Screening/*.txt): article text in, the judgement,
/// categories, cue spans and suppressed cues out. Every false-alarm pattern of the domain brief has a case.
/// </summary>
public sealed partial class ScreeningGoldenTests
{
    private static readonly ScreeningPipeline Pipeline = new ScreeningPipelineBuilder().Build();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in ScreeningFixture.ReadAll())
            data.Add(f.File, f.Name);
        return data;
    }

    /// <summary>Every category has its file; the context rules' files are checked against the rule list in RuleCoverageTests.</summary>
    [Fact]
    public void Fixtures_CoverEveryCategoryAndTheMannerCheck()
    {
        var files = ScreeningFixture.ReadAll().Select(f => f.File).ToHashSet();
        foreach (var info in Categories.All)
            Assert.Contains($"category-{info.Code.ToLowerInvariant().Replace('_', '-')}.txt", files);
        foreach (var rule in new[] { "penalty", "definition", "mutatis", "organ", "delegation", "title", "digital-route", "manner", "reference", "prohibition", "proviso", "condition", "entry-purpose", "no-duty", "open-manner", "retention", "permission", "insertion" })
            Assert.Contains($"rule-{rule}.txt", files);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Screen_MatchesFixture(string file, string name)
    {
        var fixture = ScreeningFixture.Read(Path.Combine(ScreeningFixture.Folder, file)).Single(f => f.Name == name);
        var article = fixture.ToArticle();
        Assert.Equal(fixture.Text, article.Text);
        var result = Pipeline.Screen(article, ScreeningFixture.Document(article));
        var summary = Describe(result);

        Assert.True(fixture.Single("analog") is "yes" or "no", $"{fixture}: no analog expectation");
        Assert.True((fixture.Single("analog") == "yes") == result.Analog, $"{fixture}: analog expected {fixture.Single("analog")}\n{summary}");
        var expected = (fixture.Single("categories") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        Assert.True(expected.SequenceEqual(result.Categories.Select(c => c.Code()).Order()), $"{fixture}: categories expected [{string.Join(" ", expected)}]\n{summary}");

        foreach (var cue in fixture.All("cue"))
        {
            var m = CueLine().Match(cue);
            Assert.True(m.Success, $"{fixture}: bad cue line {cue}");
            var finding = result.Findings.SingleOrDefault(f => f.Category.Code() == m.Groups["cat"].Value);
            Assert.True(finding is not null, $"{fixture}: no {m.Groups["cat"].Value} finding\n{summary}");
            var found = finding.Cues.Where(c => c.Text == m.Groups["text"].Value).ToList();
            Assert.True(found.Count > 0, $"{fixture}: cue 「{m.Groups["text"].Value}」 not among {string.Join(" ", finding.Cues.Select(c => $"「{c.Text}」"))}");
            foreach (var c in found)
                Assert.Equal(c.Text, article.Text[c.Start..c.End]);
            if (m.Groups["at"].Success)
                Assert.Contains(found, c => c.Start == int.Parse(m.Groups["at"].Value));
            Assert.False(string.IsNullOrWhiteSpace(finding.Reason));
            Assert.InRange(finding.Confidence, 0.01, 1.0);
            Assert.Equal(Categories.Get(finding.Category).Direction, finding.Direction);
        }

        foreach (var line in fixture.All("suppressed"))
        {
            var m = SuppressedLine().Match(line);
            Assert.True(m.Success, $"{fixture}: bad suppressed line {line}");
            Assert.True(result.Suppressed.Any(s => s.Category.Code() == m.Groups["cat"].Value && s.Cue.Text == m.Groups["text"].Value && s.RuleId == m.Groups["rule"].Value),
                $"{fixture}: expected {line} among suppressed\n{summary}");
            Assert.All(result.Suppressed, s => Assert.Equal(s.Cue.Text, article.Text[s.Cue.Start..s.Cue.End]));
        }

        foreach (var line in fixture.All("rule"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(parts.Length == 2, $"{fixture}: bad rule line {line}");
            var finding = result.Findings.SingleOrDefault(f => f.Category.Code() == parts[0]);
            Assert.True(finding is not null && finding.Rules.Contains(parts[1]), $"{fixture}: expected rule {parts[1]} on the {parts[0]} finding\n{summary}");
        }

        if (fixture.Single("digital") is { } digital)
            Assert.All(result.Findings, f => Assert.Equal(digital, f.DigitalRoute.ToString().ToLowerInvariant()));
    }

    private static string Describe(ArticleResult result) =>
        string.Join("\n", result.Findings.Select(f => $"  + {f.Category.Code()} {f.Confidence:F2} {string.Join(" ", f.Cues.Select(c => $"「{c.Text}」@{c.Start}"))} [{string.Join(" ", f.Rules)}]")
            .Concat(result.Suppressed.Select(s => $"  - {s.Category.Code()} 「{s.Cue.Text}」 {s.RuleId}")));

    [GeneratedRegex("^(?<cat>[A-Z_]+) 「(?<text>.+)」(@(?<at>\\d+))?$")]
    private static partial Regex CueLine();

    [GeneratedRegex("^(?<cat>[A-Z_]+) 「(?<text>.+)」 (?<rule>\\S+)$")]
    private static partial Regex SuppressedLine();
}
