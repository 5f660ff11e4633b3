namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>The three changes of quoted words a draft writes: 「X」を「Y」に改める, 「X」の次に「Y」を加える, 「X」を削る.</summary>
public enum ChangeKind
{
    Replace,
    Insert,
    Delete,
}

/// <summary>
/// One change of quoted words in a cited unit. Every occurrence of <see cref="Quote"/> in the unit is changed:
/// replaced by <see cref="Text"/>, followed by it (Insert), or removed (Delete, Text empty).
/// </summary>
public sealed record TextChange(ChangeKind Kind, string Quote, string Text = "")
{
    /// <summary>What an occurrence of the quote becomes.</summary>
    public string Result => Kind switch
    {
        ChangeKind.Replace => Text,
        ChangeKind.Insert => Quote + Text,
        _ => "",
    };
}
