using System.Text.RegularExpressions;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Html;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

/// <summary>The three real かつらぎ町 pages: every article, paragraph and item with the numbers printed on the page.</summary>
public sealed partial class ReikiBaseHtmlReaderTests
{
    private static ReadResult ReadSample(string id, bool supplParagraphs = true)
    {
        var pipeline = new ReaderPipelineBuilder { Options = new ReaderOptions { IncludeSupplementaryParagraphs = supplParagraphs } }.UseCoreReaders().Build();
        return pipeline.ReadFile(Path.Combine(RepoPaths.Samples, "reiki-base-katsuragi", id + ".html"));
    }

    public sealed class Probe
    {
        [Fact]
        public void WinsOverTheGenericReaderForReikiBasePages()
        {
            var pipeline = new ReaderPipelineBuilder().UseCoreReaders().Build();
            var path = Path.Combine(RepoPaths.Samples, "reiki-base-katsuragi", "k518RG00000012.html");
            Assert.IsType<ReikiBaseHtmlReader>(pipeline.Choose(SourceInput.FromFile(path)));
        }
    }

    public sealed class Read
    {
        [Fact]
        public void HyoshoKiteiHasNineArticlesThirteenItemsTwoSupplementaryParagraphsAndAForm()
        {
            var result = ReadSample("k518RG00000012");
            Assert.Empty(result.Diagnostics);
            var doc = Assert.Single(result.Documents);
            Assert.Equal("かつらぎ町表彰規程", doc.Title);
            Assert.Equal("規程", doc.Kind);
            Assert.Equal("昭和43年9月10日規程第9号", doc.Number);
            Assert.Equal("reiki-base", doc.Format);

            var main = doc.Articles.Where(a => a.Provision == ProvisionKind.Main).ToList();
            Assert.Equal(Enumerable.Range(1, 9).Select(n => $"k518RG00000012#{n}"), main.Select(a => a.Key));
            Assert.Equal(Enumerable.Range(1, 9).Select(n => $"第{n}条"), main.Select(a => a.Title));
            Assert.All(main, a => Assert.Single(a.Paragraphs));

            var items = main[1].Paragraphs[0].Items;
            Assert.Equal(Enumerable.Range(1, 13).Select(n => n.ToString()), items.Select(i => i.Num));
            Assert.Equal(Enumerable.Range(1, 13).Select(n => $"({n})"), items.Select(i => i.Title));
            Assert.Equal("地方自治の振興発展に貢献し、その功績が特に優れた者", items[0].Text);
            Assert.Equal("前各号に定めるもののほか、特に表彰に値すると認められる者", items[12].Text);
            Assert.StartsWith("表彰は、次の各号に該当する者について町長がこれを行う。\n  (1)　地方自治", main[1].Text);

            Assert.Equal("表彰は、隔年7月1日に行う。ただし、特別の理由により他の期日に表彰することが適当と認められる場合は、適宜行うことができる。", main[4].Text);

            var suppl = Assert.Single(doc.Articles, a => a.Provision == ProvisionKind.Supplementary);
            Assert.Equal("k518RG00000012#附則1", suppl.Key);
            Assert.Equal(["1", "2"], suppl.Paragraphs.Select(p => p.NumText));
            Assert.Equal("この規程は、昭和43年10月10日から施行する。", suppl.Paragraphs[0].Text);

            // The 別記様式 is a unit of its own; its body is a download (an RTF link), so it has no text.
            var form = Assert.Single(doc.Articles, a => a.Provision == ProvisionKind.Form);
            Assert.Equal("k518RG00000012#別記様式", form.Key);
            Assert.Equal("別記様式", form.Title);
            Assert.Equal("(第7条関係)", form.Caption);
            Assert.Equal("", form.Text);
            Assert.Same(form, doc.Articles[^1]);
            Assert.Empty(doc.Appendices);
            Assert.Equal([new UnitLink(form.Key, "別記様式")], UnitLinks.Of(doc).For(main[6].Key));
        }

        [Fact]
        public void WithoutTheOptionOnlyTheNineArticlesAreEmitted()
        {
            var doc = Assert.Single(ReadSample("k518RG00000012", supplParagraphs: false).Documents);
            Assert.Equal(9, doc.Articles.Count(a => a.Provision == ProvisionKind.Main));
            Assert.Equal(["k518RG00000012#別記様式"], doc.Articles.Where(a => a.Provision != ProvisionKind.Main).Select(a => a.Key));
        }

        [Fact]
        public void SeibiJoreiHasFiveCaptionedArticles()
        {
            var result = ReadSample("k518RG00000055");
            Assert.Empty(result.Diagnostics);
            var doc = Assert.Single(result.Documents);
            Assert.Equal("条例", doc.Kind);
            Assert.Equal("平成9年9月24日条例第20号", doc.Number);
            var main = doc.Articles.Where(a => a.Provision == ProvisionKind.Main).ToList();
            Assert.Equal(["(目的)", "(用字、用語及び送り仮名)", "(句読点)", "(語句)", "(その他)"], main.Select(a => a.Caption));
            Assert.Equal(["1", "2", "3", "4"], main[1].Paragraphs[0].Items.Select(i => i.Num));
            Assert.Contains("(昭和56年10月1日内閣法制局総発第141号)に定める基準", main[1].Paragraphs[0].Items[1].Text, StringComparison.Ordinal);
            var suppl = Assert.Single(doc.Articles, a => a.Provision == ProvisionKind.Supplementary);
            Assert.Equal("この条例は、公布の日から施行する。", suppl.Text);
        }

        [Fact]
        public void ChushajoJoreiHasItsTableItsSecondParagraphAndNineSupplementaryProvisions()
        {
            var result = ReadSample("k518RG00000080");
            Assert.Empty(result.Diagnostics);
            var doc = Assert.Single(result.Documents);
            Assert.Equal("かつらぎ町駐車場等設置条例", doc.Title);
            Assert.Equal("平成9年11月14日条例第25号", doc.Number);
            var main = doc.Articles.Where(a => a.Provision == ProvisionKind.Main).ToList();
            Assert.Equal(9, main.Count);
            Assert.Equal(["名称　位置", "船岡山駐車場　かつらぎ町大字西渋田372番地の5", "笠田駅前駐輪場　かつらぎ町大字笠田東19番地の2",
                "妙寺駅前駐輪場　かつらぎ町大字新田95番地の11", "中飯降駅前駐輪場　かつらぎ町大字中飯降236番地", "大谷駅前駐輪場　かつらぎ町大字大谷247番地の1"],
                main[2].Paragraphs[0].TableRows);
            Assert.Equal(["1", "2"], main[3].Paragraphs.Select(p => p.Num));
            Assert.Equal("2", main[3].Paragraphs[1].NumText);
            Assert.Equal(4, main[3].Paragraphs[1].Items.Count);
            Assert.Empty(main[3].Paragraphs[0].Items);
            Assert.Equal(4, main[4].Paragraphs[0].Items.Count);

            var suppl = doc.Articles.Where(a => a.Provision == ProvisionKind.Supplementary).ToList();
            Assert.Equal(Enumerable.Range(1, 9).Select(n => $"k518RG00000080#附則{n}"), suppl.Select(a => a.Key));
            Assert.Equal("附則(平成18年3月31日条例第25号)抄", suppl[4].SupplementaryLabel);
            Assert.Equal("1", suppl[4].Paragraphs[0].NumText);
        }

        [Theory]
        [InlineData("k518RG00000012")]
        [InlineData("k518RG00000055")]
        [InlineData("k518RG00000080")]
        public void EveryArticleParagraphAndItemListedInThePagesHiddenIdIndexIsRead(string id)
        {
            // div#num-ids lists j<article>_k<paragraph>_g<item> and f<suppl>_j0_k<paragraph>: an independent inventory.
            var html = File.ReadAllText(Path.Combine(RepoPaths.Samples, "reiki-base-katsuragi", id + ".html"));
            var expected = NumId().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
            var doc = Assert.Single(ReadSample(id).Documents);
            var actual = new HashSet<string>();
            var suppl = 0;
            foreach (var a in doc.Articles.Where(a => !a.Provision.IsAppended()))
            {
                var prefix = a.Provision == ProvisionKind.Main ? $"j{a.Num}" : $"f{++suppl}_j0";
                if (a.Provision == ProvisionKind.Main)
                    actual.Add(prefix);
                else
                    actual.Add($"f{suppl}");
                foreach (var p in a.Paragraphs)
                {
                    actual.Add($"{prefix}_k{p.Num}");
                    foreach (var i in p.Items)
                        actual.Add($"{prefix}_k{p.Num}_g{i.Num}");
                }
            }
            Assert.Equal(expected.Order(), actual.Order());
        }
    }

    [GeneratedRegex(@"<div id=""((?:j\d+|f\d+)(?:_j\d+)?(?:_k\d+)?(?:_g\d+)?)"">")]
    private static partial Regex NumId();
}
