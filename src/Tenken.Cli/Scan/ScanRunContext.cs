using Tenken.Core.Diagnostics;

namespace Tenken.Cli.Scan;

/// <summary>Per-run state of a scan: settings, the diagnostics collected so far and where progress goes.</summary>
internal sealed class ScanRunContext(ScanSettings settings, DiagnosticBag diagnostics, TextWriter log)
{
    public ScanSettings Settings { get; } = settings;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Human-readable progress and summary (stderr); silent with --quiet.</summary>
    public TextWriter Log { get; } = log;
}
