namespace Tenken.Core.Documents;

/// <summary>Whether an article belongs to the main provision (本則) or to a 附則.</summary>
public enum ProvisionKind
{
    Main,
    Supplementary,
}
