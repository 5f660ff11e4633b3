using System.Text;
using System.Text.RegularExpressions;
using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting;
using Tenken.Core.Drafting.Aratamebun;
using Tenken.Core.Drafting.Numbering;
using Tenken.Core.Drafting.Units;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;
using Tenken.Core.Screening.Model;
using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Drafting;

/// <summary>
/// Golden fixtures (Fixtures/Drafting/*.txt): a ward-style ordinance in, read by the text reader and screened, the
/// drafts and 要個別検討 entries out (*.expected.txt), compared whole. Each fixture also holds the invariants: every
/// draft re-applies to its before text, and its 改め文 cite units in the numerals of the document.
/// </summary>
public sealed partial class DraftGoldenTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Drafting");

    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(Folder, "*.txt").Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Drafts_match_the_golden_file(string file)
    {
        var (document, drafts) = Draft(Path.Combine(Folder, file));
        var actual = Render(drafts);
        var expectedPath = Path.Combine(Folder, Path.ChangeExtension(file, ".expected.txt"));
        if (Environment.GetEnvironmentVariable("TENKEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Tenken.Core.Tests", "Fixtures", "Drafting", Path.GetFileName(expectedPath)), actual);
        Assert.True(File.Exists(expectedPath), $"no golden file {expectedPath}; run with TENKEN_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
        Assert.NotEmpty(drafts.Drafts);
        Assert.All(drafts.Drafts, d => Assert.Equal(document.Articles.Single(a => a.Key == d.Key).Text, d.Before));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_draft_reapplies_and_cites_in_the_documents_numerals(string file)
    {
        var (document, drafts) = Draft(Path.Combine(Folder, file));
        var style = NumeralStyleDetector.Detect(document);
        Assert.False(style.IsKanji);
        foreach (var draft in drafts.Drafts)
        {
            var article = new AmendableArticle(document.Articles.Single(a => a.Key == draft.Key));
            var clauses = draft.Aratamebun.Select(AratamebunParser.Parse).SelectMany(p => Assert.IsType<ParsedSentence>(p).Ok ? p.Clauses : throw new Xunit.Sdk.XunitException(p.Error)).ToList();
            Assert.Empty(AratamebunApplier.Apply(article, clauses, style));
            Assert.Equal(draft.After, article.ToArticle().Text);
            // The underlined spans are the whole difference: putting the after words in place of the before words gives the after text.
            var rebuilt = draft.Before;
            foreach (var change in draft.Changes.Reverse())
                rebuilt = rebuilt[..change.BeforeStart] + draft.After.Substring(change.AfterStart, change.AfterLength) + rebuilt[(change.BeforeStart + change.BeforeLength)..];
            Assert.Equal(draft.After, rebuilt);
            Assert.All(draft.Changes, c => Assert.True(c.BeforeLength + c.AfterLength > 0));
            foreach (var sentence in draft.Aratamebun)
            {
                // Every number outside the quotes is a 第N条/項/号 of the document: written as the document writes it.
                var skeleton = SentenceForms.SkeletonOf(sentence)!;
                foreach (Match m in Number().Matches(skeleton))
                    Assert.Equal(style.Format(int.Parse(m.Groups[1].Value.Normalize(NormalizationForm.FormKC))), m.Groups[1].Value);
            }
        }
    }

    internal static (Tenken.Core.Documents.OrdinanceDocument Document, DocumentDrafts Drafts) Draft(string path)
    {
        var bag = new DiagnosticBag();
        var builder = new ReaderPipelineBuilder();
        builder.UseCoreReaders();
        var read = builder.Build().ReadFile(path);
        var document = Assert.Single(read.Documents);
        var screened = new DocumentResult(document, new ScreeningPipelineBuilder().Build(bag).ScreenDocument(document));
        var drafts = new DraftingPipelineBuilder().Build(bag).Draft(screened, new DraftRunContext(bag));
        Assert.Empty(bag.ToList());
        return (document, drafts);
    }

    private static string Render(DocumentDrafts drafts)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(drafts.AmendingTitle).Append(" / 数字: ").Append(drafts.Numerals.OneDigit).Append(' ').Append(drafts.Numerals.MoreDigits).Append('\n');
        foreach (var draft in drafts.Drafts)
        {
            sb.Append("\n## 草案 ").Append(draft.Key).Append(' ').Append(draft.Article).Append(' ')
                .Append(string.Join(",", draft.Categories.Select(c => Categories.Code(c)))).Append('\n');
            foreach (var sentence in draft.Aratamebun)
                sb.Append(sentence).Append('\n');
            sb.Append("---\n").Append(draft.After).Append('\n');
        }
        foreach (var manual in drafts.Manual)
            sb.Append("\n## 要個別検討 ").Append(manual.Key).Append(' ').Append(manual.Article).Append(' ').Append(Categories.Code(manual.Category)).Append('\n').Append(manual.Reason).Append('\n');
        return sb.ToString();
    }

    [GeneratedRegex("第([0-9０-９]+)[条項号]")]
    private static partial Regex Number();
}
