using Tenken.Core.Diagnostics;
using Tenken.Core.Drafting;
using Tenken.Core.Reading;
using Tenken.Core.Reports;
using Tenken.Core.Screening;
using Tenken.Core.Tests.Screening;

namespace Tenken.Core.Tests.Drafting;

/// <summary>Reads, screens and drafts the 80 e-Gov Acts of ../shared/data once for every test that needs them.</summary>
internal static class EgovDrafts
{
    private static readonly Lazy<(IReadOnlyList<DocumentResult> Screened, IReadOnlyList<DocumentDrafts> Drafts, DiagnosticBag Diagnostics)> Run = new(() =>
    {
        var xml = SharedData.Path("raw", "egov-law-xml", "xml");
        var bag = new DiagnosticBag();
        var builder = new ReaderPipelineBuilder();
        builder.UseCoreReaders();
        var readers = builder.Build();
        var screener = new ScreeningPipelineBuilder().Build(bag);
        var drafting = new DraftingPipelineBuilder().Build(bag);
        var context = new DraftRunContext(bag);
        var screened = new List<DocumentResult>();
        foreach (var read in readers.ReadAll(readers.ExpandPaths([xml], bag)))
            screened.AddRange(read.Documents.Select(d => new DocumentResult(d, screener.ScreenDocument(d))));
        var drafts = screened.Select(d => drafting.Draft(d, context)).ToList();
        return (screened, drafts, bag);
    });

    public static IReadOnlyList<DocumentResult> Screened => Run.Value.Screened;

    public static IReadOnlyList<DocumentDrafts> Drafts => Run.Value.Drafts;

    public static DiagnosticBag Diagnostics => Run.Value.Diagnostics;
}
