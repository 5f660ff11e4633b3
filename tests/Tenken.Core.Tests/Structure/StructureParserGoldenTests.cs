using System.Text.Json.Nodes;
using Tenken.Core.Diagnostics;
using Tenken.Core.Reading;
using Tenken.Core.Reading.Text;
using Tenken.Core.Structure;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Structure;

/// <summary>
/// Golden fixtures: each Fixtures/Structure/*.txt is parsed (附則 paragraph units included) and its tree compared
/// with *.expected.json. Set TENKEN_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
/// </summary>
public sealed class StructureParserGoldenTests
{
    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(Path.Combine(RepoPaths.Fixtures, "Structure"), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_MatchesExpectedTree(string name)
    {
        var input = Path.Combine(RepoPaths.Fixtures, "Structure", name + ".txt");
        var bag = new DiagnosticBag();
        var context = new ReadContext(new ReaderOptions { IncludeSupplementaryParagraphs = true }, bag);
        var lines = TextLines.Split(File.ReadAllText(input));
        var document = StructureParser.Parse(new DocumentHeader(name, name + ".txt", "text"), lines, context);
        var actual = TreeJson.Of(document, bag.ToList());

        var expectedPath = Path.Combine(RepoPaths.Root, "tests", "Tenken.Core.Tests", "Fixtures", "Structure", name + ".expected.json");
        if (Environment.GetEnvironmentVariable("TENKEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(expectedPath, actual.ToJsonString(TreeJson.Options) + "\n");
        Assert.True(File.Exists(expectedPath), $"missing {expectedPath}");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{name}: tree differs from the golden file. Actual:\n{actual.ToJsonString(TreeJson.Options)}");
    }
}
