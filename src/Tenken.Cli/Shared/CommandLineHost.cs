using System.CommandLine;

namespace Tenken.Cli.Shared;

/// <summary>Parses the command line and runs the chosen command; usage errors exit with 2 and say what was wrong.</summary>
internal static class CommandLineHost
{
    public static int Run(RootCommand root, string[] args)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
                Console.Error.WriteLine($"tenken: {error.Message}");
            Console.Error.WriteLine("使い方は tenken --help で確認できます。");
            return ExitCodes.Usage;
        }
        try
        {
            return result.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).GetAwaiter().GetResult();
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"tenken: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("tenken: 中断しました。");
            return ExitCodes.Interrupted;
        }
    }
}
