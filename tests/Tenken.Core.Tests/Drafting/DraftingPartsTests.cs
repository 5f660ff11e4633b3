using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Drafting;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Patterns;
using Tenken.Core.Drafting.Planning;

namespace Tenken.Core.Tests.Drafting;

/// <summary>The parts of the drafter: quote choice, the self-check, pattern files and numeral styles.</summary>
public sealed class DraftingPartsTests
{
    public sealed class Choose
    {
        private static string Sentence(string text, params (int Start, int End, string Replacement)[] edits)
        {
            var changes = QuoteChooser.Choose([text], [.. edits.Select(e => new UnitEdit(0, e.Start, e.End, e.Replacement, []))], out var reason);
            Assert.True(changes is not null, reason);
            return AratamebunWriter.Write([new AmendClause(new Tenken.Core.Drafting.Units.UnitPath { Article = "1" }, changes)], NumeralStyle.FullWidth);
        }

        [Fact]
        public void Keeps_the_pattern_words_when_they_occur_once()
        {
            var text = "理由を書面により通知する。";
            Assert.Equal("第１条中「書面」の次に「又は電磁的方法」を加える。", Sentence(text, (3, 5, "書面又は電磁的方法")));
        }

        [Fact]
        public void Widens_a_quote_to_the_left_by_words_until_it_is_unique()
        {
            var text = "書面を保存し、結果を書面により通知する。";
            Assert.Equal("第１条中「結果を書面」の次に「又は電磁的方法」を加える。", Sentence(text, (10, 12, "書面又は電磁的方法")));
        }

        [Fact]
        public void Writes_one_change_for_the_same_change_at_every_occurrence()
        {
            var text = "書面により通知し、書面により報告する。";
            Assert.Equal("第１条中「書面」の次に「又は電磁的方法」を加える。", Sentence(text, (0, 2, "書面又は電磁的方法"), (9, 11, "書面又は電磁的方法")));
        }

        [Fact]
        public void Merges_edits_a_widened_quote_runs_into()
        {
            var text = "AのBとAのB";
            var sentence = Sentence(text, (0, 1, "X"), (2, 3, "Y"));
            // 「AのB」 occurs twice, so the quote grows to the right to 「AのBと」.
            Assert.Equal("第１条中「AのBと」を「XのYと」に改める。", sentence);
        }

        [Fact]
        public void Fails_with_a_reason_when_the_unit_repeats_the_very_text()
        {
            var changes = QuoteChooser.Choose(["書面", "書面"], [new UnitEdit(0, 0, 2, "文書", [])], out var reason);
            Assert.Null(changes);
            Assert.Contains("繰り返し", reason);
        }
    }

    public sealed class Verify
    {
        private static readonly Article Before = AratamebunTests.Article("3", "理由を書面により通知する。", "書面を保存する。");

        [Fact]
        public void Accepts_a_draft_whose_aratamebun_gives_the_after_text()
        {
            Assert.Null(DraftCheck.Verify(Before, "理由を書面又は電磁的方法により通知する。\n2　書面を保存する。",
                ["第３条第１項中「書面」の次に「又は電磁的方法」を加える。"], NumeralStyle.FullWidth));
        }

        [Fact]
        public void Refuses_a_quote_that_is_not_in_the_cited_unit()
        {
            var reason = DraftCheck.Verify(Before, "理由を書面により通知する。\n2　書面を保存する。", ["第３条第１項中「文書」を「書面」に改める。"], NumeralStyle.FullWidth);
            Assert.Equal("第３条第１項中に「文書」がありません。", reason);
        }

        [Fact]
        public void Refuses_an_after_text_that_changes_more_than_the_cited_unit()
        {
            var reason = DraftCheck.Verify(Before, "理由を書面又は電磁的方法により通知する。\n2　書面又は電磁的記録を保存する。",
                ["第３条第１項中「書面」の次に「又は電磁的方法」を加える。"], NumeralStyle.FullWidth);
            Assert.StartsWith("引用した条・項・号の外（2行目", reason);
        }

        [Fact]
        public void Refuses_a_result_that_differs_from_the_after_text()
        {
            var reason = DraftCheck.Verify(Before, "理由を書面又は電子的方法により通知する。\n2　書面を保存する。",
                ["第３条第１項中「書面」の次に「又は電磁的方法」を加える。"], NumeralStyle.FullWidth);
            Assert.StartsWith("改め文を適用した結果が改正後の条文と一致しません", reason);
        }

        [Fact]
        public void Refuses_a_sentence_it_cannot_read()
        {
            var reason = DraftCheck.Verify(Before, Before.Text, ["第３条を削る。"], NumeralStyle.FullWidth);
            Assert.StartsWith("改め文が読めません", reason);
        }
    }

    public sealed class Draft
    {
        [Fact]
        public void Reports_a_draft_that_fails_its_own_check_and_does_not_keep_it()
        {
            // A stray 」 in a municipality's pattern makes a 改め文 no one can read: the check refuses the draft.
            var bag = new DiagnosticBag();
            var drafting = new DraftingPipelineBuilder { UseBuiltInPatterns = false }.UsePatternText("区.tsv", "PAPER\t括弧違い\t書面\t書面」\n").Build(bag);
            var article = AratamebunTests.Article("3", "区長は、理由を書面により通知しなければならない。");
            var document = new OrdinanceDocument { Id = "t", Title = "点検区規則", Kind = "規則", SourcePath = "t.txt", Format = "text", Articles = [article] };
            var screened = new Tenken.Core.Reports.DocumentResult(document, new Tenken.Core.Screening.ScreeningPipelineBuilder().Build().ScreenDocument(document));
            Assert.Contains(screened.Articles[0].Findings, f => f.Category == Tenken.Core.Screening.Model.RegulationCategory.Paper);

            var drafts = drafting.Draft(screened, new DraftRunContext(bag));
            Assert.Empty(drafts.Drafts);
            var manual = Assert.Single(drafts.Manual);
            Assert.True(manual.CheckFailed);
            Assert.StartsWith("草案が自己検査を通りませんでした: 改め文が読めません", manual.Reason);
            var warning = Assert.Single(bag.ToList());
            Assert.Equal(("t.txt", "draft.check", DiagnosticSeverity.Warning), (warning.File, warning.Code, warning.Severity));
        }
    }

    public sealed class Load
    {
        [Fact]
        public void Reports_each_bad_line_with_the_file_and_line_and_keeps_the_rest()
        {
            var bag = new DiagnosticBag();
            var content = "区分\t名前\t語句\t改正後\t適用\t備考\nPAPER\t良い行\t紙で\t紙又は電磁的方法で\n紙規制\t区分違い\t紙\t紙\nPAPER,名前,語句,改正後\nPAPER\t正規表現\tre:(書面\tx\nPAPER\tグループ\tre:書面\t$2\nPAPER\t適用違い\t書面\t文書\t県\n";
            var set = DraftPatternSet.Load(false, [("点検区パターン.tsv", null, content)], bag);
            Assert.True(set.All.Count == 1, string.Join(" ", set.All.Select(p => p.Name)));
            Assert.Equal("良い行", set.All[0].Name);
            var lines = bag.ToList().Select(d => (d.File, d.Line)).ToList();
            Assert.Equal([("点検区パターン.tsv", 3), ("点検区パターン.tsv", 4), ("点検区パターン.tsv", 5), ("点検区パターン.tsv", 6), ("点検区パターン.tsv", 7)], lines);
            Assert.All(bag.ToList(), d => Assert.StartsWith("改正パターンのこの行は読み飛ばしました: ", d.Message));
            Assert.Contains("カンマ", bag.ToList()[1].Message);
        }

        [Fact]
        public void Switches_off_a_built_in_pattern_by_name_and_adds_the_users_own()
        {
            var builtIn = DraftPatternSet.Load(true, [], new DiagnosticBag());
            Assert.Contains(builtIn.All, p => p.Name == "記名押印→記名");
            var bag = new DiagnosticBag();
            var set = DraftPatternSet.Load(true, [("区.tsv", null, "SEAL\t記名押印→記名\t\t\t無効\nSEAL\t区の押印\t押印\t記名\t自治体\n")], bag);
            Assert.Empty(bag.ToList());
            Assert.DoesNotContain(set.All, p => p.Name == "記名押印→記名");
            Assert.Equal(PatternScope.Municipal, set.All[^1].Scope);
        }

        [Fact]
        public void Reads_the_built_in_file_without_a_warning()
        {
            var bag = new DiagnosticBag();
            var set = DraftPatternSet.Load(true, [], bag);
            Assert.Empty(bag.ToList());
            Assert.True(set.All.Count > 50);
        }
    }

    public sealed class Detect
    {
        private static OrdinanceDocument Document(string format, params string[] texts) => new()
        {
            Id = "d",
            Title = "t",
            SourcePath = "d.txt",
            Format = format,
            Articles = [.. texts.Select((t, i) => AratamebunTests.Article((i + 1).ToString(), t) is var a ? new Article { Key = a.Key, DocumentId = a.DocumentId, Num = a.Num, Paragraphs = a.Paragraphs } : null!)],
        };

        [Fact]
        public void An_egov_act_is_kanji()
        {
            Assert.Equal(NumeralStyle.Kanji, NumeralStyleDetector.Detect(Document("egov-xml", "第3条の規定による")));
        }

        [Theory]
        [InlineData("第３条及び第１２条の規定による", "FullWidth FullWidth")]
        [InlineData("第3条及び第12条の規定による", "HalfWidth HalfWidth")]
        [InlineData("第３条及び第12条の規定による", "FullWidth HalfWidth")]
        [InlineData("第三条及び第十二条の規定による", "Kanji Kanji")]
        [InlineData("前条の規定による", "HalfWidth HalfWidth")]
        public void Counts_one_digit_and_longer_numbers_apart(string text, string expected)
        {
            var style = NumeralStyleDetector.Detect(Document("text", text));
            Assert.Equal(expected, $"{style.OneDigit} {style.MoreDigits}");
        }
    }
}
