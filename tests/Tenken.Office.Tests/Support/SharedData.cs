namespace Tenken.Office.Tests.Support;

/// <summary>
/// The shared data folder: <c>&lt;root&gt;/../shared/data</c>, or from a worktree nested one level deeper the
/// nearest ancestor holding shared/data. Tests that need it skip, naming the folder, when it is absent.
/// </summary>
internal static class SharedData
{
    public static string File(params string[] parts)
    {
        var relative = Path.Combine(["shared", "data", .. parts]);
        for (var dir = Directory.GetParent(TestPaths.RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (System.IO.File.Exists(candidate) || Directory.Exists(candidate))
                return candidate;
        }
        Assert.Skip($"shared data is absent: ../{relative.Replace('\\', '/')}");
        return "";
    }
}
