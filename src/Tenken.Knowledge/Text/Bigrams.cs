namespace Tenken.Knowledge.Text;

/// <summary>
/// Character bigrams of normalised text as 32-bit keys (two UTF-16 units). A run of digits counts as one "0",
/// so article numbers do not make two texts look alike or apart.
/// </summary>
public static class Bigrams
{
    public static Dictionary<int, int> Count(string normalized)
    {
        var counts = new Dictionary<int, int>();
        var previous = '\0';
        foreach (var c in Collapse(normalized))
        {
            if (previous != '\0')
            {
                var key = (previous << 16) | c;
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
            previous = c;
        }
        return counts;
    }

    private static IEnumerable<char> Collapse(string text)
    {
        var inDigits = false;
        foreach (var c in text)
        {
            var digit = c is >= '0' and <= '9';
            if (digit && inDigits)
                continue;
            inDigits = digit;
            yield return digit ? '0' : c;
        }
    }
}
