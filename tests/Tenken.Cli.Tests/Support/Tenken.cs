using System.Diagnostics;

namespace Tenken.Cli.Tests.Support;

/// <summary>Runs the built <c>tenken</c> command as a child process with stderr redirected, as a script would.</summary>
public static class Tenken
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Tenken.slnx not found above the test folder");
    }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static Task<Result> RunAsync(params string[] args) =>
        RunInAsync(RepositoryRoot(), new Dictionary<string, string?>(), args);

    /// <summary>Runs in <paramref name="workingDirectory"/> with extra environment variables (a null value removes one).</summary>
    public static async Task<Result> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tenken.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A fresh folder under the system temp folder for one test's outputs.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "tenken-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
