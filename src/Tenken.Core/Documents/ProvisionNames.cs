namespace Tenken.Core.Documents;

/// <summary>The Japanese name of each <see cref="ProvisionKind"/>, as written in every output (本則, 附則, 様式, 別表).</summary>
public static class ProvisionNames
{
    public static string Japanese(this ProvisionKind kind) => kind switch
    {
        ProvisionKind.Main => "本則",
        ProvisionKind.Supplementary => "附則",
        ProvisionKind.Form => "様式",
        _ => "別表",
    };

    /// <summary>True for the units appended after the provisions (様式 and 別表), which are keyed by label.</summary>
    public static bool IsAppended(this ProvisionKind kind) => kind is ProvisionKind.Form or ProvisionKind.Table;
}
