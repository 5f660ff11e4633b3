using Tenken.Ai.Prompting;
using Tenken.Ai.Validation;
using Tenken.Core.Screening.Model;

namespace Tenken.Ai.Tests.Validation;

public sealed class AnswerValidatorTests
{
    private const string Text = "申請者は、申請書を書面により市長に提出しなければならない。\n２　前項の申請書には、記名押印しなければならない。";

    private static readonly ReviewRequest Request = new()
    {
        ArticleKey = "d#1",
        Text = Text,
        Candidates = [new CandidateCategory(RegulationCategory.Paper, ["書面"], ""), new CandidateCategory(RegulationCategory.Seal, ["押印"], "")],
    };

    private static string Entry(string code, string verdict = "該当", string quote = "書面により", string phase = "PHASE1") =>
        $$"""{"code":"{{code}}","verdict":"{{verdict}}","reason":"理由","quotes":["{{quote}}"],"direction":"方向","alternatives":"代替","concerns":"懸念","phase_current":"{{phase}}","phase_target":"PHASE2"}""";

    private static string Answer(params string[] entries) => $$"""{"categories":[{{string.Join(",", entries)}}]}""";

    public sealed class Check
    {
        [Fact]
        public void Accepts_a_complete_answer_and_locates_the_quotes()
        {
            var check = AnswerValidator.Check(Answer(Entry("PAPER"), Entry("SEAL", quote: "記名押印")), Request);

            Assert.True(check.Ok, string.Join("; ", check.Problems));
            var seal = check.Verdicts!.Single(v => v.Category == RegulationCategory.Seal);
            Assert.Equal("記名押印", Text[seal.Quotes[0].Start..seal.Quotes[0].End]);
        }

        [Fact]
        public void Accepts_json_wrapped_in_a_code_fence()
        {
            Assert.True(AnswerValidator.Check("```json\n" + Answer(Entry("PAPER"), Entry("SEAL", "非該当", quote: "")) + "\n```", Request).Ok);
        }

        [Fact]
        public void Rejects_text_that_is_not_json()
        {
            var check = AnswerValidator.Check("非該当", Request);

            Assert.False(check.Ok);
            Assert.True(check.JsonBroken);
        }

        [Fact]
        public void Rejects_a_missing_candidate_and_a_category_not_asked_for()
        {
            var check = AnswerValidator.Check(Answer(Entry("PAPER"), Entry("VISUAL")), Request);

            Assert.False(check.Ok);
            Assert.Contains(check.Problems, p => p.Contains("VISUAL", StringComparison.Ordinal));
            Assert.Contains("区分 SEAL の判定がありません", check.Problems);
        }

        [Fact]
        public void Rejects_an_invented_quote()
        {
            var check = AnswerValidator.Check(Answer(Entry("PAPER", quote: "電子申請によることができる"), Entry("SEAL", quote: "記名押印")), Request);

            Assert.False(check.Ok);
            Assert.Contains(check.Problems, p => p.Contains("引用「電子申請によることができる」は条文にありません", StringComparison.Ordinal));
        }

        [Fact]
        public void Requires_a_quote_for_an_applicable_verdict()
        {
            var check = AnswerValidator.Check(Answer(Entry("PAPER", quote: ""), Entry("SEAL", quote: "記名押印")), Request);

            Assert.Contains("PAPER: 該当なら quotes に条文の語句を一つ以上挙げてください", check.Problems);
        }

        [Theory]
        [InlineData("該当らしい")]
        [InlineData("applicable")]
        public void Rejects_an_unknown_verdict(string verdict)
        {
            Assert.False(AnswerValidator.Check(Answer(Entry("PAPER", verdict), Entry("SEAL", quote: "記名押印")), Request).Ok);
        }

        [Theory]
        [InlineData("PHASE1", "PHASE1")]
        [InlineData("フェーズ２", "PHASE2")]
        [InlineData("3", "PHASE3")]
        public void Normalises_phase_values(string given, string expected)
        {
            var check = AnswerValidator.Check(Answer(Entry("PAPER", phase: given), Entry("SEAL", quote: "記名押印")), Request);

            Assert.Equal(expected, check.Verdicts!.Single(v => v.Category == RegulationCategory.Paper).PhaseCurrent);
        }

        [Fact]
        public void Rejects_a_phase_outside_the_scale()
        {
            Assert.False(AnswerValidator.Check(Answer(Entry("PAPER", phase: "PHASE9"), Entry("SEAL", quote: "記名押印")), Request).Ok);
        }

        [Fact]
        public void Rejects_a_category_answered_twice()
        {
            var check = AnswerValidator.Check(Answer(Entry("PAPER"), Entry("PAPER", "非該当"), Entry("SEAL", quote: "記名押印")), Request);

            Assert.Contains("区分 PAPER に二度答えています", check.Problems);
        }
    }
}
