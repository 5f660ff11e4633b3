namespace Tenken.Ai.Tests.Fakes;

/// <summary>Finds ../shared/data next to the repository root (the folder holding Tenken.slnx), or null.</summary>
public static class SharedData
{
    public static string? Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tenken.slnx")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
        }
        return null;
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
}
