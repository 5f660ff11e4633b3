using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Text;
using Tenken.Core.Structure;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Documents;

public sealed class UnitLinksTests
{
    private static OrdinanceDocument Fixture(string name)
    {
        var lines = TextLines.Split(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Structure", name + ".txt")));
        return StructureParser.Parse(new DocumentHeader(name, name + ".txt", "text"), lines, new ReadContext(ReaderOptions.Default, new DiagnosticBag()));
    }

    private static string Labels(UnitLinks links, string key) => string.Join(" ", links.For(key).Select(l => l.Label));

    public sealed class Of
    {
        [Fact]
        public void LinksEachArticleToTheFormsAndTablesItNames()
        {
            var links = UnitLinks.Of(Fixture("forms-and-tables"));

            Assert.Equal("別表第1", Labels(links, "forms-and-tables#2"));
            // The duplicated 様式第1号 is linked by its note （第３条関係）, under its own key.
            Assert.Equal("様式第1号 別表第2 様式第1号の2 様式第1号~2", Labels(links, "forms-and-tables#3"));
            Assert.Equal("第2号様式", Labels(links, "forms-and-tables#4"));
            Assert.Equal("別記様式第3号", Labels(links, "forms-and-tables#5"));
            Assert.Empty(links.For("forms-and-tables#1"));
        }

        [Fact]
        public void LinksEachFormBackToTheArticlesThatNameItOrThatItsNoteNames()
        {
            var links = UnitLinks.Of(Fixture("forms-and-tables"));

            Assert.Equal([new UnitLink("forms-and-tables#3", "第３条")], links.For("forms-and-tables#様式第1号"));
            Assert.Equal("第２条", Labels(links, "forms-and-tables#別表第1"));
            // Named by nobody, but its note （第３条関係） points at 第3条.
            Assert.Equal("第３条", Labels(links, "forms-and-tables#様式第1号~2"));
        }

        [Fact]
        public void KanjiNumbersInTheArticleMatchDigitsInTheLabel()
        {
            var lines = TextLines.Split("第1条　手数料は、別表第一に定める額とする。\n別表第1（第1条関係）\n事務　　額");
            var document = StructureParser.Parse(new DocumentHeader("t", "t.txt", "text"), lines, new ReadContext(ReaderOptions.Default, new DiagnosticBag()));

            Assert.Equal("別表第1", Labels(UnitLinks.Of(document), "t#1"));
        }

        [Fact]
        public void ADocumentWithoutFormsOrTablesHasNoLinks()
        {
            Assert.True(UnitLinks.Of(Fixture("halfwidth-shared-captions")).IsEmpty);
        }

        [Fact]
        public void ABranchNumberIsNotTheFormWithoutIt()
        {
            var lines = TextLines.Split("第1条　申請は、様式第1号の3により行う。\n様式第1号\n申請書");
            var document = StructureParser.Parse(new DocumentHeader("t", "t.txt", "text"), lines, new ReadContext(ReaderOptions.Default, new DiagnosticBag()));

            Assert.Empty(UnitLinks.Of(document).For("t#1"));
        }
    }
}
