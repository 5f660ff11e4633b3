using Tenken.Core.Reading;
using Tenken.Office.Reading;

namespace Tenken.Office.Tests.Support;

/// <summary>The pipeline the CLI uses: every Core reader plus the Office readers.</summary>
internal static class TestPipelines
{
    public static ReaderPipeline All(ReaderOptions? options = null)
    {
        var builder = new ReaderPipelineBuilder { Options = options ?? ReaderOptions.Default };
        return builder.UseCoreReaders().UseOfficeReaders().Build();
    }

    public static ReadContext Context() => new(ReaderOptions.Default, new Tenken.Core.Diagnostics.DiagnosticBag(), TestContext.Current.CancellationToken);
}
