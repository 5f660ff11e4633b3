using System.Text;

namespace Tenken.Core.Evaluation;

/// <summary>
/// Splits gold keys into two stable halves (FNV-1a hash of the key), so rules can be tuned on one half and checked
/// on the other.
/// </summary>
public static class GoldSplit
{
    /// <summary>1 or 2: the half the key falls in.</summary>
    public static int HalfOf(string key)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return (int)(hash % 2) + 1;
    }
}
