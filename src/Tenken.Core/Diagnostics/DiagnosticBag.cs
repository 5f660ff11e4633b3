using System.Collections.Concurrent;

namespace Tenken.Core.Diagnostics;

/// <summary>Thread-safe collector of diagnostics for one run; readers and stages add, the host reports.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string file, int line, string message, string code = "") =>
        Add(new Diagnostic(DiagnosticSeverity.Error, file, line, message, code));

    public void Warning(string file, int line, string message, string code = "") =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, file, line, message, code));

    public void Info(string file, int line, string message, string code = "") =>
        Add(new Diagnostic(DiagnosticSeverity.Info, file, line, message, code));

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public int Count => _items.Count;

    /// <summary>A snapshot in the order the diagnostics were added.</summary>
    public IReadOnlyList<Diagnostic> ToList() => [.. _items];
}
