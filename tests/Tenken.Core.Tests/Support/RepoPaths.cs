namespace Tenken.Core.Tests.Support;

/// <summary>Locates the repository (the folder holding Tenken.slnx) and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/data beside the repository; TENKEN_SHARED_DATA overrides it (a git worktree lives elsewhere).</summary>
    public static string SharedData =>
        Environment.GetEnvironmentVariable("TENKEN_SHARED_DATA") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Tenken.slnx not found above " + AppContext.BaseDirectory);
    }
}
