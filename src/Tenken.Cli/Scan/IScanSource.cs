using Tenken.Core.Diagnostics;
using Tenken.Core.Reports;

namespace Tenken.Cli.Scan;

/// <summary>Turns input files into screened documents, one result per file in input order (direct, or through a project store).</summary>
internal interface IScanSource
{
    IEnumerable<ScannedFile> Scan(IReadOnlyList<string> files, CancellationToken cancellation);
}

/// <summary>One input file's screened documents and its diagnostics.</summary>
internal sealed record ScannedFile(string Path, IReadOnlyList<DocumentResult> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
