using System.Text;
using System.Xml;
using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Core.Tests.Reading;

/// <summary>
/// Runs the e-Gov reader over the whole shared corpus (80 Acts) and checks it against an independent
/// XmlReader pass: every Article element emitted once, in order, with the same text (ruby readings aside).
/// </summary>
public sealed class EgovCorpusTests
{
    private const int ExpectedArticles = 19_812;
    private const int ExpectedMainArticles = 10_824;

    [Fact]
    public void Every_article_element_is_emitted_once_with_its_text()
    {
        var folder = CorpusFolder();
        var pipeline = new ReaderPipelineBuilder().UseEgovXml().Build();
        var files = pipeline.ExpandPaths([folder], new DiagnosticBag());
        Assert.Equal(80, files.Count);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var emitted = 0;
        var main = 0;
        var elements = 0;
        var mismatches = new List<string>();
        foreach (var result in pipeline.ReadAll(files, TestContext.Current.CancellationToken))
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            var expected = ArticleElements(result.Path);
            elements += expected.Count;
            var articles = result.Documents.SelectMany(d => d.Articles).ToList();
            emitted += articles.Count;
            main += articles.Count(a => a.Provision == ProvisionKind.Main);
            foreach (var article in articles)
                Assert.True(keys.Add(article.Key), $"duplicate key {article.Key}");
            Assert.True(expected.Count == articles.Count, $"{result.Path}: {expected.Count} Article elements, {articles.Count} articles emitted");
            for (var i = 0; i < articles.Count; i++)
            {
                var (line, num, text) = expected[i];
                var a = articles[i];
                var actual = Squash((a.Caption ?? "") + a.Title + a.Text);
                if (a.Line != line || a.Num != num || actual != text)
                    mismatches.Add($"{result.Path}:{line} Num={num} → {a.Key} (line {a.Line})\n  xml:    {text}\n  reader: {actual}");
            }
        }

        Assert.Equal(ExpectedArticles, elements);
        Assert.Equal(ExpectedArticles, emitted);
        Assert.Equal(ExpectedMainArticles, main);
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} articles differ; first ones:\n{string.Join("\n", mismatches.Take(5))}");
    }

    /// <summary>Each Article element of a file in document order: its line, Num and text content without Rt, whitespace removed.</summary>
    private static List<(int Line, string Num, string Text)> ArticleElements(string path)
    {
        var list = new List<(int, string, string)>();
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var info = (IXmlLineInfo)reader;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Article")
            {
                var line = info.LineNumber;
                var num = reader.GetAttribute("Num") ?? "";
                using var sub = reader.ReadSubtree();
                list.Add((line, num, TextWithoutRuby(sub)));
                reader.Read();
            }
            else
            {
                reader.Read();
            }
        }
        return list;
    }

    private static string TextWithoutRuby(XmlReader sub)
    {
        var sb = new StringBuilder();
        while (sub.Read())
        {
            if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "Rt" && !sub.IsEmptyElement)
                sub.Skip();
            if (sub.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                sb.Append(sub.Value);
        }
        return Squash(sb.ToString());
    }

    private static string Squash(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (!char.IsWhiteSpace(ch))
                sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>
    /// <c>&lt;root&gt;/../shared/data/…</c> where root holds Tenken.slnx; from a worktree nested one level deeper
    /// (/work/wt/name) the nearest ancestor holding shared/data is used.
    /// </summary>
    private static string CorpusFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
            dir = dir.Parent;
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            var folder = Path.Combine(up.FullName, "shared", "data", "raw", "egov-law-xml", "xml");
            if (Directory.Exists(folder))
                return folder;
        }
        Assert.Skip("e-Gov corpus folder is absent: ../shared/data/raw/egov-law-xml/xml");
        return "";
    }
}
