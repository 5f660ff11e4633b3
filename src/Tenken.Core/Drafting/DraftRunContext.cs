using Tenken.Core.Diagnostics;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting;

/// <summary>
/// Per-run state of drafting: where diagnostics go and which findings to draft (by default every active finding;
/// with a project, those a reviewer marked 該当 with 対応 例規改正).
/// </summary>
public sealed class DraftRunContext(DiagnosticBag diagnostics, Func<Finding, bool>? select = null)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public Func<Finding, bool> Select { get; } = select ?? (f => f.IsActive);
}
