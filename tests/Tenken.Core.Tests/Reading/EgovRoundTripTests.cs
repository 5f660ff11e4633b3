using System.Text;
using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Reading;

/// <summary>
/// e-Gov Acts rendered as plain text (UTF-8 and Shift_JIS) and re-read by the text reader give the same article
/// keys and texts as the XML reader. Articles holding a table are compared by key only: a rendered table row
/// cannot be told from a wrapped line.
/// </summary>
public sealed class EgovRoundTripTests
{
    public sealed class ReadAll
    {
        [Fact]
        public void SampleActsRenderedAsTextGiveTheSameKeysAndTexts()
        {
            Compare(Directory.GetFiles(Path.Combine(RepoPaths.Samples, "egov"), "*.xml"), minimumArticles: 200);
        }

        [Fact]
        public void AllSharedActsRenderedAsTextGiveTheSameKeysAndTexts()
        {
            var folder = Path.Combine(RepoPaths.SharedData, "raw", "egov-law-xml", "xml");
            if (!Directory.Exists(folder))
                Assert.Skip($"{folder} is absent");
            Compare(Directory.GetFiles(folder, "*.xml"), minimumArticles: 19_000);
        }

        private static void Compare(string[] xmlFiles, int minimumArticles)
        {
            using var temp = new TempFolder();
            var pipeline = new ReaderPipelineBuilder { Options = new ReaderOptions { IncludeSupplementaryParagraphs = true } }.UseCoreReaders().Build();
            var expected = new List<OrdinanceDocument>();
            var textFiles = new List<string>();
            foreach (var (result, i) in pipeline.ReadAll(xmlFiles, TestContext.Current.CancellationToken).Select((r, i) => (r, i)))
            {
                var doc = Assert.Single(result.Documents);
                expected.Add(doc);
                var text = EgovTextRenderer.Render(doc);
                var utf8 = Path.Combine(temp.Path, doc.Id + ".txt");
                File.WriteAllText(utf8, text, new UTF8Encoding(false));
                textFiles.Add(utf8);
                var sjisBytes = CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes(text);
                // Only Acts whose every character exists in Shift_JIS (塡 and the like do not).
                if (i % 2 == 0 && CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetString(sjisBytes) == text)
                {
                    Directory.CreateDirectory(Path.Combine(temp.Path, "sjis"));
                    var sjis = Path.Combine(temp.Path, "sjis", doc.Id + ".txt");
                    File.WriteAllBytes(sjis, sjisBytes);
                    expected.Add(doc);
                    textFiles.Add(sjis);
                }
            }
            var actual = pipeline.ReadAll(textFiles, TestContext.Current.CancellationToken).ToList();
            var failures = new List<string>();
            var compared = 0;
            for (var i = 0; i < expected.Count; i++)
            {
                var want = expected[i].Articles;
                var got = actual[i].Documents.SingleOrDefault()?.Articles ?? [];
                if (!want.Select(a => a.Key).SequenceEqual(got.Select(a => a.Key)))
                {
                    {
                    var missing = want.Where(a => !got.Any(g => g.Key == a.Key)).FirstOrDefault();
                    var extra = got.Where(a => !want.Any(w => w.Key == a.Key)).FirstOrDefault();
                    failures.Add($"{textFiles[i]}: keys differ; missing {missing?.Key} {missing?.Title}, extra {extra?.Key} line {extra?.Line} {extra?.Text[..Math.Min(80, extra.Text.Length)]}");
                }
                    continue;
                }
                foreach (var (w, g) in want.Zip(got))
                {
                    compared++;
                    if (HasTable(w))
                        continue;
                    if (w.Text != g.Text)
                        failures.Add($"{w.Key}: text differs\n--- xml\n{w.Text}\n--- text\n{g.Text}");
                }
            }
            Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(8)));
            Assert.True(compared >= minimumArticles, $"only {compared} articles compared");
        }

        private static bool HasTable(Article a) =>
            a.Paragraphs.Any(p => p.TableRows.Count > 0 || p.Items.Any(ItemHasTable));

        private static bool ItemHasTable(Item i) => i.TableRows.Count > 0 || i.Children.Any(ItemHasTable);
    }
}
