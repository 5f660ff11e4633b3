using Spectre.Console;

namespace Tenken.Cli.Scan;

/// <summary>
/// Where a scan reports to (stderr, so stdout stays clean): a live progress bar on a terminal, plain lines when
/// stderr is redirected, nothing but diagnostics with --quiet.
/// </summary>
internal sealed class ScanConsole
{
    private readonly ScanConsoleMode _mode;

    public ScanConsole(ScanConsoleMode mode, TextWriter error)
    {
        _mode = mode;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = mode == ScanConsoleMode.Live ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = mode == ScanConsoleMode.Live ? InteractionSupport.Detect : InteractionSupport.No,
            ColorSystem = mode == ScanConsoleMode.Live ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
    }

    /// <summary>Live on a terminal, Lines when stderr is redirected, Quiet when asked.</summary>
    public static ScanConsole ForProcess(bool quiet) => new(
        quiet ? ScanConsoleMode.Quiet : System.Console.IsErrorRedirected ? ScanConsoleMode.Lines : ScanConsoleMode.Live,
        System.Console.Error);

    public IAnsiConsole Console { get; }

    /// <summary>The raw writer (diagnostics always go here, also with --quiet).</summary>
    public TextWriter Error { get; }

    /// <summary>Progress and summary text for people; silent with --quiet.</summary>
    public TextWriter Log => _mode == ScanConsoleMode.Quiet ? TextWriter.Null : Error;

    public bool ShowsSummary => _mode != ScanConsoleMode.Quiet;

    /// <summary>Starts a phase of <paramref name="total"/> steps (files read, outputs written).</summary>
    public IPhaseProgress Phase(string description, int total) => _mode switch
    {
        ScanConsoleMode.Live => new LiveProgress(Console, description, total),
        ScanConsoleMode.Lines => new LineProgress(Error, description, total),
        _ => new LineProgress(TextWriter.Null, description, total),
    };
}

/// <summary>How progress is shown.</summary>
internal enum ScanConsoleMode
{
    Live,
    Lines,
    Quiet,
}
