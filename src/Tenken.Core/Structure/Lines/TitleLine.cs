namespace Tenken.Core.Structure.Lines;

/// <summary>A 例規名 line marked with ○ (as 例規集 print it): ○かつらぎ町表彰規程.</summary>
internal static class TitleLine
{
    public static ClassifiedLine? Match(SourceLine source, string text)
    {
        if (text.Length < 2 || text.Length > LineText.MaxHeadingLength || text[0] is not ('○' or '◯' or '〇') || text.Contains('。'))
            return null;
        return new ClassifiedLine(LineKind.Title, source, text) { Body = LineText.TrimSpaces(text[1..]) };
    }

    /// <summary>目次 (also 目　次) on a line of its own.</summary>
    public static ClassifiedLine? MatchContents(SourceLine source, string text)
    {
        if (text.Length > 6 || text[0] != '目')
            return null;
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("　", "", StringComparison.Ordinal);
        return compact == "目次" ? new ClassifiedLine(LineKind.TableOfContents, source, text) : null;
    }
}
