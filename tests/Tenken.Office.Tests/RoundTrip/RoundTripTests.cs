using System.Text;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Office.Tests.Support;

namespace Tenken.Office.Tests.RoundTrip;

/// <summary>
/// e-Gov Acts rendered as UTF-8 text, Shift_JIS text and .docx (号 as Word list numbering) read back through the
/// whole pipeline to the same keys, titles, captions and article texts as the XML.
/// </summary>
public sealed class RoundTripTests
{
    // Acts of the sample corpus without tables (a table row has no printed form the text readers can tell apart).
    public static TheoryData<string> Acts => ["323AC0000000137", "323AC0000000138", "323AC0000000139", "405AC0000000088"];

    private static readonly ReaderOptions Options = new() { IncludeSupplementaryParagraphs = true };

    [Theory]
    [MemberData(nameof(Acts))]
    public void Text_shift_jis_and_docx_read_back_to_the_xml_articles(string lawId)
    {
        var pipeline = TestPipelines.All(Options);
        var source = pipeline.ReadFile(TestPaths.Samples("egov", lawId + ".xml"), TestContext.Current.CancellationToken);
        Assert.False(source.Failed, string.Join("\n", source.Diagnostics));
        var expected = Assert.Single(source.Documents);
        var lines = ReikiLayout.Lines(expected);

        using var temp = new TempFolder();
        var sjis = CodePagesEncodingProvider.Instance.GetEncoding(932)!;
        var files = new[]
        {
            Write(temp.Sub("utf8"), lawId + ".txt", ReikiWriters.Text(lines, new UTF8Encoding(false))),
            Write(temp.Sub("utf8bom"), lawId + ".txt", ReikiWriters.Text(lines, new UTF8Encoding(true), "\r\n")),
            Write(temp.Sub("sjis"), lawId + ".txt", ReikiWriters.Text(lines, sjis, "\r\n")),
            Write(temp.Sub("docx"), lawId + ".docx", ReikiWriters.Docx(lines)),
        };

        foreach (var result in pipeline.ReadAll(files, TestContext.Current.CancellationToken))
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            var actual = Assert.Single(result.Documents);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Number, actual.Number);
            AssertSameArticles(expected, actual, result.Path);
        }
    }

    private static void AssertSameArticles(OrdinanceDocument expected, OrdinanceDocument actual, string path)
    {
        Assert.Equal(expected.Articles.Select(a => a.Key), actual.Articles.Select(a => a.Key));
        var differences = new List<string>();
        foreach (var (x, y) in expected.Articles.Zip(actual.Articles))
        {
            if (Squash(x.Title + x.Text) != Squash(y.Title + y.Text))
                differences.Add($"{x.Key}\n  xml:  {x.Title}{x.Text}\n  read: {y.Title}{y.Text}");
            // A 見出し shared by a run of articles is printed once; the XML gives it to the first article only.
            else if (x.Caption is not null && x.Caption != y.Caption)
                differences.Add($"{x.Key} caption: xml {x.Caption}, read {y.Caption}");
        }
        Assert.True(differences.Count == 0, $"{path}: {differences.Count} articles differ:\n{string.Join("\n", differences.Take(5))}");
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
