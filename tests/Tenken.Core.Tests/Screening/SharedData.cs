using Tenken.Core.Tests.Support;

namespace Tenken.Core.Tests.Screening;

/// <summary>
/// Locates ../shared/data beside the repository (or TENKEN_SHARED_DATA); from a git worktree nested deeper, the
/// nearest ancestor holding shared/data. Skips the test, naming the folder, when it is absent.
/// </summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        var direct = System.IO.Path.Combine([RepoPaths.SharedData, .. parts]);
        if (File.Exists(direct) || Directory.Exists(direct))
            return direct;
        var relative = System.IO.Path.Combine(["shared", "data", .. parts]);
        for (var dir = Directory.GetParent(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
                return candidate;
        }
        Assert.Skip($"the shared data folder is absent: ../shared/data/{string.Join('/', parts)}");
        return "";
    }
}
