using Tenken.Core.Documents;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Tests.Drafting;

/// <summary>The 改め文 writer, parser and applier, one nested class per method.</summary>
public sealed class AratamebunTests
{
    internal static Article Article(string num, params string[] paragraphs) => new()
    {
        Key = "t#" + num,
        DocumentId = "t",
        Num = num,
        Title = "第" + num + "条",
        Paragraphs = [.. paragraphs.Select((p, i) => new Paragraph { Num = (i + 1).ToString(), NumText = i == 0 ? "" : (i + 1).ToString(), Text = p })],
    };

    internal static Article WithItems(string num, string lead, params string[] items) => new()
    {
        Key = "t#" + num,
        DocumentId = "t",
        Num = num,
        Title = "第" + num + "条",
        Paragraphs = [new Paragraph { Num = "1", Text = lead, Items = [.. items.Select((t, i) => new Item { Num = (i + 1).ToString(), Title = $"({i + 1})", Text = t })] }],
    };

    public sealed class Write
    {
        [Fact]
        public void Joins_changes_of_a_kind_and_chains_later_units_of_the_article()
        {
            var clauses = new List<AmendClause>
            {
                new(new UnitPath { Article = "3", Paragraph = 1 }, [new TextChange(ChangeKind.Replace, "A", "B"), new TextChange(ChangeKind.Replace, "C", "D")]),
                new(new UnitPath { Article = "3", Paragraph = 2 }, [new TextChange(ChangeKind.Insert, "E", "F"), new TextChange(ChangeKind.Delete, "G"), new TextChange(ChangeKind.Delete, "H")]),
                new(new UnitPath { Article = "3", Paragraph = 2, Items = ["1"] }, [new TextChange(ChangeKind.Delete, "I")]),
            };
            Assert.Equal("第３条第１項中「A」を「B」に、「C」を「D」に改め、同条第２項中「E」の次に「F」を加え、「G」及び「H」を削り、同項第１号中「I」を削る。",
                AratamebunWriter.Write(clauses, NumeralStyle.FullWidth));
        }

        [Theory]
        [InlineData("kanji", "第十二条の二第三項各号列記以外の部分中「A」を「B」に改める。")]
        [InlineData("half", "第12条の2第3項各号列記以外の部分中「A」を「B」に改める。")]
        [InlineData("mixed", "第12条の２第３項各号列記以外の部分中「A」を「B」に改める。")]
        public void Writes_numbers_in_the_documents_style(string style, string expected)
        {
            var numerals = style switch
            {
                "kanji" => NumeralStyle.Kanji,
                "half" => NumeralStyle.HalfWidth,
                _ => new NumeralStyle(NumeralScript.FullWidth, NumeralScript.HalfWidth),
            };
            var clause = new AmendClause(new UnitPath { Article = "12_2", Paragraph = 3, Part = UnitPart.Lead }, [new TextChange(ChangeKind.Replace, "A", "B")]);
            Assert.Equal(expected, AratamebunWriter.Write([clause], numerals));
        }
    }

    public sealed class Parse
    {
        [Fact]
        public void Reads_what_the_writer_writes()
        {
            var sentence = "第３条第１項中「A」を「B」に、「C」を「D」に改め、同条第２項中「E」の次に「F」を加え、「G」及び「H」を削り、同項第１号中「I」を削る。";
            var parsed = AratamebunParser.Parse(sentence);
            Assert.True(parsed.Ok, parsed.Error);
            Assert.Equal(AratamebunWriter.Write(parsed.Clauses, NumeralStyle.FullWidth), sentence);
            Assert.Equal(3, parsed.Clauses.Count);
            Assert.Equal(new UnitPath { Article = "3", Paragraph = 2, Items = ["1"] }.ToString(), parsed.Clauses[2].Target.ToString());
        }

        [Theory]
        [InlineData("第二十二条第一項中「または」を「又は」に改める。", "22", 1, "")]
        [InlineData("第22条第1項第2号ア中「A」を「B」に改める。", "22", 1, "2/ア")]
        [InlineData("第２２条の３第２項ただし書中「A」を削る。", "22_3", 2, "")]
        [InlineData("第１０条の見出し中「A」を「B」に改める。", "10", 0, "")]
        [InlineData("第１条第１０号（１）中「A」の次に「B」を加える。", "1", 0, "10/（１）")]
        [InlineData("附則第三条中「A」を「B」に改める。", "3", 0, "")]
        public void Reads_locations_in_every_numeral_style(string sentence, string article, int paragraph, string items)
        {
            var parsed = AratamebunParser.Parse(sentence);
            Assert.True(parsed.Ok, parsed.Error);
            var target = Assert.Single(parsed.Clauses).Target;
            Assert.Equal(article, target.Article);
            Assert.Equal(paragraph, target.Paragraph);
            Assert.Equal(items, string.Join("/", target.Items));
        }

        [Fact]
        public void Keeps_nested_quotes_inside_a_quote()
        {
            var parsed = AratamebunParser.Parse("第７条中「者」の次に「（以下「閲覧希望者」という。）」を加える。");
            Assert.True(parsed.Ok, parsed.Error);
            Assert.Equal("（以下「閲覧希望者」という。）", parsed.Clauses[0].Changes[0].Text);
        }

        [Theory]
        [InlineData("第３条を第４条とする。")]
        [InlineData("第３条中「A」を「B」に改める")]
        [InlineData("同条中「A」を「B」に改める。")]
        [InlineData("第３条中「A」を「B」とする。")]
        [InlineData("第３条中「A」を「B")]
        public void Gives_a_reason_in_Japanese_and_never_throws_for_other_forms(string sentence)
        {
            var parsed = AratamebunParser.Parse(sentence);
            Assert.False(parsed.Ok);
            Assert.Matches("[ぁ-んァ-ン一-龥]", parsed.Error!);
            Assert.Empty(parsed.Clauses);
        }
    }

    public sealed class Apply
    {
        private static (string Text, IReadOnlyList<string> Problems) Run(Article article, string sentence)
        {
            var parsed = AratamebunParser.Parse(sentence);
            Assert.True(parsed.Ok, parsed.Error);
            var amendable = new AmendableArticle(article);
            var problems = AratamebunApplier.Apply(amendable, parsed.Clauses, NumeralStyle.FullWidth);
            return (amendable.ToArticle().Text, problems);
        }

        [Fact]
        public void Changes_every_occurrence_in_the_cited_unit_only()
        {
            var (text, problems) = Run(Article("3", "書面を出す。書面を見る。", "書面を受ける。"), "第３条第１項中「書面」の次に「又は電磁的記録」を加える。");
            Assert.Empty(problems);
            Assert.Equal("書面又は電磁的記録を出す。書面又は電磁的記録を見る。\n2　書面を受ける。", text);
        }

        [Fact]
        public void Takes_the_longer_quote_where_two_overlap()
        {
            var (text, problems) = Run(Article("3", "前項第１号及び前項の規定"), "第３条中「前項」を「同項」に、「前項第１号」を「同項第２号」に改める。");
            Assert.Empty(problems);
            Assert.Equal("同項第２号及び同項の規定", text);
        }

        [Fact]
        public void Applies_the_changes_of_one_clause_to_the_text_before_that_clause()
        {
            var (text, problems) = Run(Article("3", "AとB"), "第３条中「A」を「B」に、「B」を「C」に改める。");
            Assert.Empty(problems);
            Assert.Equal("BとC", text);
        }

        [Fact]
        public void Leaves_an_item_cited_by_its_own_clause_to_that_clause()
        {
            var article = WithItems("5", "按分する額", "あん分する額");
            var (text, problems) = Run(article, "第５条中「額」を「金額」に改め、同条第１号中「あん分する」を「按分する」に改める。");
            Assert.Empty(problems);
            Assert.Equal("按分する金額\n  (1)　按分する額", text);
        }

        [Fact]
        public void Reads_the_proviso_and_the_main_text_apart()
        {
            var (text, problems) = Run(Article("2", "市長が定める。ただし、市長が認めるときは、この限りでない。"), "第２条ただし書中「市長」を「区長」に改める。");
            Assert.Empty(problems);
            Assert.Equal("市長が定める。ただし、区長が認めるときは、この限りでない。", text);
        }

        [Fact]
        public void Names_the_unit_when_a_quote_is_missing()
        {
            var (_, problems) = Run(Article("3", "書面を出す。", "書類を受ける。"), "第３条第２項中「書面」を「文書」に改める。");
            Assert.Equal("第３条第２項中に「書面」がありません。", Assert.Single(problems));
        }

        [Fact]
        public void Names_a_unit_the_article_does_not_have()
        {
            var (_, problems) = Run(Article("3", "書面を出す。"), "第３条第４項中「書面」を「文書」に改める。");
            Assert.Equal("第３条第４項: この条にその項がありません。", Assert.Single(problems));
        }
    }
}
