namespace Tenken.Core.Diagnostics;

/// <summary>Error: the input (or part of it) could not be read. Warning: read, but something looks wrong.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
