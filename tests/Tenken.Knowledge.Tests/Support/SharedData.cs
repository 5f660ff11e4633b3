namespace Tenken.Knowledge.Tests.Support;

/// <summary>
/// Finds ../shared/data next to the repository (the folder holding Tenken.slnx), or one level further up for a
/// git worktree under wt/; null when absent.
/// </summary>
public static class SharedData
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Tenken.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string? Folder()
    {
        var root = RepositoryRoot();
        return ((string[])[Path.Combine(root, "..", "shared", "data"), Path.Combine(root, "..", "..", "shared", "data")])
            .Select(Path.GetFullPath)
            .FirstOrDefault(Directory.Exists);
    }
}
