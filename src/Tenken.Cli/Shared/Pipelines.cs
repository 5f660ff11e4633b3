using Tenken.Core.Reading;
using Tenken.Office.Reading;

namespace Tenken.Cli.Shared;

/// <summary>Builds the pipelines the commands use, with every reader this build knows.</summary>
internal static class Pipelines
{
    public static ReaderPipeline Readers(ReaderOptions options)
    {
        var builder = new ReaderPipelineBuilder { Options = options };
        builder.UseCoreReaders();
        builder.UseOfficeReaders();
        return builder.Build();
    }
}
