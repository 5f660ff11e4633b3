namespace Tenken.Office.Tests.Support;

/// <summary>Locations the tests read from: the repository root (found by Tenken.slnx) and its samples.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Samples(params string[] parts) => Path.Combine([RepositoryRoot, "samples", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Tenken.slnx not found above " + AppContext.BaseDirectory);
    }
}
