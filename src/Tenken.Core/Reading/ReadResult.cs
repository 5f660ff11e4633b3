using Tenken.Core.Diagnostics;
using Tenken.Core.Documents;

namespace Tenken.Core.Reading;

/// <summary>What one input file gave: its documents and its own diagnostics. Failed when any diagnostic is an error.</summary>
public sealed record ReadResult(string Path, IReadOnlyList<OrdinanceDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
