using Tenken.Core.Structure.Lines;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Skips the 目次, which repeats the division headings with article ranges. It ends at the first article or 見出し,
/// or when its first heading appears a second time (the real one).
/// </summary>
internal sealed class ContentsStep
{
    private string? _first;

    /// <summary>True when <paramref name="line"/> is the first line after the 目次; the line is then the body's.</summary>
    public bool Ends(ClassifiedLine line)
    {
        if (line.Kind is LineKind.Article or LineKind.Caption)
            return true;
        if (line.Kind != LineKind.Division)
            return false;
        var heading = DivisionLine.Normalize(line.Text);
        if (_first is null)
        {
            _first = heading;
            return false;
        }
        return heading == _first;
    }
}
