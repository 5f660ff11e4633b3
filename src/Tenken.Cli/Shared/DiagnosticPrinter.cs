using Tenken.Core.Diagnostics;

namespace Tenken.Cli.Shared;

/// <summary>Writes diagnostics to stderr as <c>file:line: message</c>.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter? writer = null)
    {
        writer ??= Console.Error;
        foreach (var d in diagnostics)
            writer.WriteLine(Format(d));
    }

    public static string Format(Diagnostic d)
    {
        var level = d.Severity switch
        {
            DiagnosticSeverity.Error => "エラー: ",
            DiagnosticSeverity.Warning => "警告: ",
            _ => "",
        };
        return $"{d.File}:{d.Line}: {level}{d.Message}";
    }
}
