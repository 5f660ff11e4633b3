namespace Tenken.Core.Drafting.Patterns;

/// <summary>Which documents a pattern applies to: all, national Acts and orders (国), or a municipality's 例規 (自治体).</summary>
public enum PatternScope
{
    All,
    National,
    Municipal,
}
