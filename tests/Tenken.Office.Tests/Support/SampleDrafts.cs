using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting;
using Tenken.Core.Reports;
using Tenken.Core.Reports.Drafts;
using Tenken.Core.Screening;

namespace Tenken.Office.Tests.Support;

/// <summary>The drafts of the ward-style fixtures of Tenken.Core.Tests (Fixtures/Drafting), read, screened and drafted.</summary>
internal static class SampleDrafts
{
    public static DraftReport Create(params string[] fixtures)
    {
        var bag = new DiagnosticBag();
        var readers = TestPipelines.All();
        var screener = new ScreeningPipelineBuilder().Build(bag);
        var drafting = new DraftingPipelineBuilder().Build(bag);
        var context = new DraftRunContext(bag);
        var names = fixtures.Length > 0 ? fixtures : ["fullwidth-ward-kisoku.txt", "halfwidth-ward-jorei.txt"];
        var documents = names
            .SelectMany(name => readers.ReadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Drafting", name)).Documents)
            .Select(d => drafting.Draft(new DocumentResult(d, screener.ScreenDocument(d)), context))
            .ToList();
        return new DraftReport { Documents = documents, Diagnostics = bag.ToList() };
    }
}
