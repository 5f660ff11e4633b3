namespace Tenken.Core.Structure.Building;

/// <summary>The 編・章・節・款・目 headings that contain the line being read, outermost first.</summary>
internal sealed class DivisionPath
{
    private readonly List<(int Level, string Heading)> _open = [];

    /// <summary>A heading closes the open ones of its level and below (a 章 closes the 節 of the last 章).</summary>
    public void Enter(int level, string heading)
    {
        _open.RemoveAll(d => d.Level >= level);
        _open.Add((level, heading));
    }

    /// <summary>A 附則 stands outside every division.</summary>
    public void Clear() => _open.Clear();

    public IReadOnlyList<string> Headings() => [.. _open.Select(d => d.Heading)];
}
