using System.Reflection;
using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Model;
using Tenken.Core.Screening.RuleData;
using Tenken.Core.Screening.Sentences;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// Derived from the rule list in force: every context rule has exactly one fixture file (<c>&gt;&gt;&gt; rules:</c>),
/// a case there that the rule decides, and a documented data file whose every line some rule reads.
/// </summary>
public sealed partial class RuleCoverageTests
{
    private static readonly IReadOnlyList<string> RuleIds = new ScreeningPipelineBuilder().Build().RuleIds;

    public static TheoryData<string> Rules() => [.. RuleIds];

    private static IReadOnlyList<(string File, IReadOnlyList<string> Rules)> Declarations() =>
        [.. Directory.GetFiles(ScreeningFixture.Folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), ScreeningFixture.DeclaredRules(path)))];

    [Theory]
    [MemberData(nameof(Rules))]
    public void EveryRuleHasOneFixtureWithACaseItDecides(string id)
    {
        var files = Declarations().Where(d => d.Rules.Contains(id)).Select(d => d.File).ToList();
        var file = Assert.Single(files);
        var cases = ScreeningFixture.Read(Path.Combine(ScreeningFixture.Folder, file)).ToList();
        Assert.Contains(cases, c => c.All("suppressed").Any(s => s.EndsWith(" " + id, StringComparison.Ordinal)) || c.All("rule").Any(r => r.EndsWith(" " + id, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void SwitchingTheRuleOffChangesACaseOfItsFixture(string id)
    {
        var file = Declarations().First(d => d.Rules.Contains(id)).File;
        var with = new ScreeningPipelineBuilder().Build();
        var without = new ScreeningPipelineBuilder().WithoutRule(id).Build();
        Assert.DoesNotContain(id, without.RuleIds);
        var changed = ScreeningFixture.Read(Path.Combine(ScreeningFixture.Folder, file)).Count(c =>
        {
            var article = c.ToArticle();
            var document = ScreeningFixture.Document(article);
            return Describe(with.Screen(article, document)) != Describe(without.Screen(article, document));
        });
        Assert.True(changed > 0, $"no case of {file} changes without {id}");
    }

    [Fact]
    public void FixturesNameOnlyRulesInForce()
    {
        var declared = Declarations().SelectMany(d => d.Rules).ToList();
        Assert.All(declared, id => Assert.Contains(id, RuleIds));
        Assert.Equal(declared.Count, declared.Distinct().Count());
    }

    [Fact]
    public void EveryBuiltInLineIsReadAndEveryListRead_HasBuiltInEntries()
    {
        var bag = new DiagnosticBag();
        var book = RuleBook.Load([], bag);
        _ = new SentenceClassifier(book);
        var ids = RuleCatalog.Create(book).Select(r => r.Id).ToHashSet();
        book.ReportUnread(ids);

        Assert.Empty(bag.ToList());
        var lists = book.Lines.Select(l => (l.RuleId, l.List)).ToHashSet();
        Assert.All(book.ListsRead, read => Assert.Contains(read, lists));
        Assert.All(lists, list => Assert.Contains(list, book.ListsRead));
        Assert.True(book.Lines.Count > 200, $"only {book.Lines.Count} built-in lines");
    }

    [Fact]
    public void EachBuiltInFileHoldsOneRuleAndNamesItsFixture()
    {
        var assembly = typeof(RuleBook).Assembly;
        const string folder = "Tenken.Core.Screening.Data.Rules.";
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var id = name[folder.Length..^".tsv".Length];
            var text = ReadResource(assembly, name);
            var bag = new DiagnosticBag();
            var lines = RuleFileParser.Parse(text, name, bag, checkPatterns: true);
            Assert.Empty(bag.ToList());
            Assert.All(lines, l => Assert.Equal(id, l.RuleId));
            Assert.Contains(id, RuleIds);
            var fixture = FixtureComment().Match(text);
            Assert.True(fixture.Success, $"{name}: no '# Fixture:' line");
            Assert.Contains(id, ScreeningFixture.DeclaredRules(Path.Combine(ScreeningFixture.Folder, fixture.Groups[1].Value)));
        }
    }

    [Fact]
    public void DocsDescribeEveryRuleAndEachOfItsLists()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
        var book = RuleBook.Load([], new DiagnosticBag());
        _ = new SentenceClassifier(book);
        _ = RuleCatalog.Create(book);
        foreach (var id in RuleIds)
        {
            var start = docs.IndexOf($"### `{id}`", StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/rules.md has no section ### `{id}`");
            var end = docs.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
            var section = docs[start..(end < 0 ? docs.Length : end)];
            foreach (var list in book.ListsRead.Where(r => r.Rule == id).Select(r => r.List))
                Assert.True(section.Contains($"`{list}`", StringComparison.Ordinal), $"docs/rules.md, {id}: list `{list}` not described");
        }
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Describe(ArticleResult result) =>
        string.Join("\n", result.Findings.Select(f => $"+ {f.Category.Code()} {f.Confidence} {string.Join(" ", f.Cues.Select(c => $"{c.Start}-{c.End}"))} [{string.Join(" ", f.Rules)}]")
            .Concat(result.Suppressed.Select(s => $"- {s.Category.Code()} {s.Cue.Start}-{s.Cue.End} {s.RuleId}")));

    [GeneratedRegex(@"^# Fixture: tests/Tenken\.Core\.Tests/Fixtures/Screening/(\S+)$", RegexOptions.Multiline)]
    private static partial Regex FixtureComment();
}
