using System.Text.Json.Nodes;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Tests.Screening;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

/// <summary>
/// The real municipal pages in ../shared/data (千葉市 Reiki-Base excerpt, 留萌市 第一法規 D1-Law, かつらぎ町 Reiki-Base):
/// their 本則 counts as hand-counted in raw/real-muni/SOURCES.md, and their 様式・別表 units with the articles linked to
/// them, against golden files (Fixtures/RealPages/*.expected.json; TENKEN_UPDATE_GOLDEN=1 rewrites them). Only counts,
/// labels and links are kept there, not the pages' text.
/// </summary>
public sealed class RealMunicipalPagesTests
{
    public static TheoryData<string, int> Pages() => new()
    {
        { "real-muni/chiba/gyosei_honbun.html", 18 },
        { "real-muni/rumoi/d1w_honbun.html", 19 },
        { "reiki-base-katsuragi/k518RG00000012.html", 9 },
        { "reiki-base-katsuragi/k518RG00000055.html", 5 },
        { "reiki-base-katsuragi/k518RG00000080.html", 9 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void KeepsItsArticleCountAndReadsItsFormsAndTables(string page, int mainArticles)
    {
        var path = SharedData.Path(["raw", .. page.Split('/')]);
        var result = new ReaderPipelineBuilder().UseCoreReaders().Build().ReadFile(path, TestContext.Current.CancellationToken);
        var document = Assert.Single(result.Documents);
        Assert.Equal(mainArticles, document.Articles.Count(a => a.Provision == ProvisionKind.Main));

        var links = UnitLinks.Of(document);
        var actual = new JsonObject
        {
            ["format"] = document.Format,
            ["main"] = mainArticles,
            ["supplementary"] = document.Articles.Count(a => a.Provision == ProvisionKind.Supplementary),
            ["units"] = new JsonArray([.. document.Articles.Where(a => a.Provision.IsAppended()).Select(a => (JsonNode)new JsonObject
            {
                ["key"] = a.Key,
                ["provision"] = a.Provision.Japanese(),
                ["title"] = a.Title,
                ["caption"] = a.Caption,
                ["text"] = a.Text,
                ["line"] = a.Line,
                ["related"] = new JsonArray([.. links.For(a.Key).Select(l => (JsonNode)JsonValue.Create(l.Key)!)]),
            })]),
            ["diagnostics"] = new JsonArray([.. result.Diagnostics.Select(d => (JsonNode)JsonValue.Create($"{d.Severity} {d.Code} {d.Message}")!)]),
        };

        var expectedPath = Path.Combine(RepoPaths.Root, "tests", "Tenken.Core.Tests", "Fixtures", "RealPages", Path.GetFileNameWithoutExtension(page) + ".expected.json");
        if (Environment.GetEnvironmentVariable("TENKEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual.ToJsonString(TreeJson.Options) + "\n");
        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(expectedPath)), actual), $"{page}: differs from the golden file. Actual:\n{actual.ToJsonString(TreeJson.Options)}");
    }
}
