using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

/// <summary>
/// The same small ordinance (an article naming 別表, one naming 様式第1号 with a seal box) in the markup of ぎょうせい
/// Reiki-Base and of 第一法規 D1-Law (Fixtures/Formats): each 別表 and 様式 is a unit with its own key, linked to its
/// article, and the form's seal box is a SEAL finding.
/// </summary>
public sealed class AppendedUnitsTests
{
    public sealed class Read
    {
        [Theory]
        [InlineData("reiki-base-forms.html", "reiki-base")]
        [InlineData("d1-law-forms.html", "html")]
        public void GivesTheTableAndTheFormAsUnitsLinkedToTheirArticles(string file, string format)
        {
            var path = Path.Combine(RepoPaths.Fixtures, "Formats", file);
            var result = new ReaderPipelineBuilder().UseCoreReaders().Build().ReadFile(path, TestContext.Current.CancellationToken);

            Assert.Empty(result.Diagnostics);
            var document = Assert.Single(result.Documents);
            Assert.Equal(format, document.Format);
            var id = Path.GetFileNameWithoutExtension(file);
            Assert.Equal([$"{id}#1", $"{id}#2", $"{id}#別表", $"{id}#様式第1号"], document.Articles.Select(a => a.Key));
            var table = document.Articles[2];
            var form = document.Articles[3];
            Assert.Equal((ProvisionKind.Table, ProvisionKind.Form), (table.Provision, form.Provision));
            Assert.Equal(["区分使用料", "午前1,000円"], table.Text.Split('\n').Select(l => l.Replace("　", "", StringComparison.Ordinal)));
            Assert.EndsWith("氏名　　　　　　　　印", form.Text, StringComparison.Ordinal);

            var links = UnitLinks.Of(document);
            Assert.Equal([table.Key], links.For(document.Articles[0].Key).Select(l => l.Key));
            Assert.Equal([form.Key], links.For(document.Articles[1].Key).Select(l => l.Key));
            Assert.Equal([document.Articles[1].Key], links.For(form.Key).Select(l => l.Key));

            var screening = new ScreeningPipelineBuilder().Build();
            Assert.Equal([RegulationCategory.Seal], screening.Screen(form, document).Categories);
            Assert.Empty(screening.Screen(table, document).Findings);
        }
    }
}
