namespace Tenken.Core.Diagnostics;

/// <summary>
/// A problem found while reading or screening, tied to a file and a place in it. Printed as
/// <c>file:line: message</c>; <see cref="Line"/> is a 1-based line, row or element position (0 = whole file).
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string File, int Line, string Message, string Code = "")
{
    public override string ToString() => $"{File}:{Line}: {SeverityLabel}{Message}";

    private string SeverityLabel => Severity switch
    {
        DiagnosticSeverity.Error => "error: ",
        DiagnosticSeverity.Warning => "warning: ",
        _ => "",
    };
}
