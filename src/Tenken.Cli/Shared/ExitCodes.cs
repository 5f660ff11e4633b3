namespace Tenken.Cli.Shared;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    /// <summary>Some inputs could not be read; the rest were processed and written.</summary>
    public const int SomeInputsFailed = 3;
    public const int Interrupted = 130;
}
