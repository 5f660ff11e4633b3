using Tenken.Core.Diagnostics;

namespace Tenken.Core.Reading;

/// <summary>Per-run state shared by the readers: options, diagnostics and cancellation.</summary>
public sealed class ReadContext(ReaderOptions options, DiagnosticBag diagnostics, CancellationToken cancellation = default)
{
    public ReaderOptions Options { get; } = options;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public CancellationToken Cancellation { get; } = cancellation;
}
