using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Context;
using Tenken.Core.Screening.Model;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Screening;

public sealed partial class ScreeningPipelineBuilderTests
{
    private static ArticleResult Screen(ScreeningPipeline pipeline, string text)
    {
        var fixture = new ScreeningFixture("inline", "case", text, []);
        var article = fixture.ToArticle();
        return pipeline.Screen(article, ScreeningFixture.Document(article));
    }

    public sealed class UseLexiconFile
    {
        [Fact]
        public void AddsAMunicipalityTermAndReportsBadLinesWithFileAndLine()
        {
            using var folder = new TempFolder();
            var path = folder.File("city.tsv");
            File.WriteAllText(path, "IN_PERSON\t窓口に来所\tcue\t0.8\t市独自の言い回し\nIN_PERSON\t来所\tfoo\n");
            var bag = new DiagnosticBag();
            var pipeline = new ScreeningPipelineBuilder().UseLexiconFile(path).Build(bag);

            var result = Screen(pipeline, "申請者は、市役所の窓口に来所して申請しなければならない。");

            Assert.Equal([RegulationCategory.InPerson], result.Categories);
            Assert.Contains("lex:IN_PERSON:窓口に来所", result.Findings[0].Rules);
            var d = Assert.Single(bag.ToList());
            Assert.Equal((path, 2), (d.File, d.Line));
        }

        [Fact]
        public void AnOffLineSwitchesABuiltInCueOff()
        {
            const string text = "管理者は、毎日、施設を巡視しなければならない。";
            Assert.Contains(RegulationCategory.Visual, Screen(new ScreeningPipelineBuilder().Build(), text).Categories);

            var pipeline = new ScreeningPipelineBuilder().UseLexiconText("city", "VISUAL\t巡視\toff\nPERIODIC\t巡視\toff").Build();

            Assert.False(Screen(pipeline, text).Analog);
        }
    }

    public sealed class Build
    {
        [Fact]
        public void BuiltInLexiconLoadsWithoutDiagnostics()
        {
            var bag = new DiagnosticBag();
            var pipeline = new ScreeningPipelineBuilder().Build(bag);
            Assert.Equal(0, bag.Count);
            Assert.Contains(pipeline.LexiconEntries, e => e.Pattern == "立入検査");
            Assert.All(Categories.All, c => Assert.Contains(pipeline.LexiconEntries, e => e.Category == c.Category));
        }

        [Fact]
        public void MinimumConfidenceMovesWeakFindingsToSuppressed()
        {
            var pipeline = new ScreeningPipelineBuilder { Options = new ScreeningOptions { MinimumConfidence = 0.95 } }.Build();
            var result = Screen(pipeline, "事業者は、事務所ごとに、専任の管理者を置かなければならない。");
            Assert.False(result.Analog);
            Assert.Contains(result.Suppressed, s => s.RuleId == "confidence.low");
        }
    }

    public sealed class UseRulesFile
    {
        private const string PoliteDuty = "申請者は、書面により市長に申請するものとします。";

        [Fact]
        public void ExtendsARuleListAndReportsBadLinesWithFileAndLine()
        {
            Assert.Contains(Screen(new ScreeningPipelineBuilder().Build(), PoliteDuty).Suppressed, s => s.RuleId == "structure.no-duty");
            using var folder = new TempFolder();
            var path = folder.File("city-rules.tsv");
            File.WriteAllText(path, "structure.no-duty\tduty\tものとします\t要綱の敬体\nctx.penalty\tcaptio\t罰金\n");
            var bag = new DiagnosticBag();

            var result = Screen(new ScreeningPipelineBuilder().UseRulesFile(path).Build(bag), PoliteDuty);

            Assert.Equal([RegulationCategory.Paper], result.Categories);
            var d = Assert.Single(bag.ToList());
            Assert.Equal((path, 2), (d.File, d.Line));
            Assert.Contains("一覧「captio」はありません", d.Message);
            Assert.Contains("caption", d.Message);
        }

        [Fact]
        public void AnOffLineSwitchesTheRuleOff()
        {
            const string text = "会員は、会報を事務所に掲示することができる。";
            Assert.False(Screen(new ScreeningPipelineBuilder().Build(), text).Analog);

            var pipeline = new ScreeningPipelineBuilder().UseRulesText("city", "ctx.permission\toff\n").Build();

            Assert.DoesNotContain("ctx.permission", pipeline.RuleIds);
            Assert.Equal([RegulationCategory.Posting], Screen(pipeline, text).Categories);
        }

        [Fact]
        public void TheExampleInDocsLoadsWithoutWarnings()
        {
            var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md"));
            var example = ExampleBlock().Match(docs);
            Assert.True(example.Success, "docs/rules.md: no example starting with # 点検市の規則ファイル");
            var bag = new DiagnosticBag();

            var pipeline = new ScreeningPipelineBuilder().UseRulesText("docs/rules.md", example.Groups[1].Value).Build(bag);

            Assert.Empty(bag.ToList());
            Assert.DoesNotContain("ctx.permission", pipeline.RuleIds);
            Assert.Contains(Screen(pipeline, PoliteDuty).Categories, c => c == RegulationCategory.Paper);
        }
    }

    public sealed class WithoutRule
    {
        [Fact]
        public void LeavesTheRuleOutAndUseRulePutsItBackInItsPlace()
        {
            var all = new ScreeningPipelineBuilder().Build().RuleIds;

            var builder = new ScreeningPipelineBuilder().WithoutRule("ctx.penalty");
            Assert.Equal([.. all.Where(id => id != "ctx.penalty")], builder.Build().RuleIds);
            Assert.Equal(all, builder.UseRule("ctx.penalty").Build().RuleIds);
        }

        [Fact]
        public void AnUnknownIdFailsTheBuild() =>
            Assert.Throws<ArgumentException>(() => new ScreeningPipelineBuilder().WithoutRule("ctx.nope").Build());
    }

    public sealed class UseRule
    {
        [Fact]
        public void RunsAHostRuleBeforeTheNamedRule()
        {
            var pipeline = new ScreeningPipelineBuilder().UseRule(new SetAsideEverything(), before: "ctx.exclude").Build();

            Assert.Equal("test.all", pipeline.RuleIds[0]);
            var result = Screen(pipeline, "事業者は、事務所ごとに、専任の管理者を置かなければならない。");
            Assert.False(result.Analog);
            Assert.NotEmpty(result.Suppressed);
            Assert.All(result.Suppressed.Where(s => s.RuleId != "manner.missing"), s => Assert.Equal("test.all", s.RuleId));
        }

        private sealed class SetAsideEverything : ContextRule
        {
            public override string Id => "test.all";

            public override RuleOutcome? Judge(CueCandidate cue, ArticleContext context) => new RuleOutcome.Suppress(Id, "テスト");
        }
    }

    [GeneratedRegex("```\\n(# 点検市の規則ファイル[^`]*)```")]
    private static partial Regex ExampleBlock();
}
