using System.Diagnostics;
using System.Text;

namespace Tenken.Cli.Tests.Scan.Llm;

/// <summary>Runs the built <c>tenken</c> as a child process, so environment variables and stderr are its own.</summary>
internal static class TenkenProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tenken.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment.Remove("TENKEN_LLM_API_KEY");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Tenken.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tenken-cli-llm", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
