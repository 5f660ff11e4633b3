using System.Text.RegularExpressions;

namespace Tenken.Core.Screening.Lexicon;

/// <summary>
/// A folded text with its naming insertions taken out (講習(以下「管理責任者講習」という。)を受け → 講習を受け), so that
/// a cue an insertion breaks still matches; positions map back to the text the view was made from.
/// </summary>
internal sealed partial class InsertionView
{
    private readonly int[] _map;

    private InsertionView(string text, int[] map)
    {
        Text = text;
        _map = map;
    }

    /// <summary>The text without its insertions.</summary>
    public string Text { get; }

    /// <summary>The view of <paramref name="folded"/>, or null when it holds no naming insertion.</summary>
    public static InsertionView? Create(string folded)
    {
        if (!folded.Contains("という。)", StringComparison.Ordinal) && !folded.Contains("と総称する。)", StringComparison.Ordinal))
            return null;
        var insertions = Insertion().Matches(folded);
        if (insertions.Count == 0)
            return null;
        var text = new System.Text.StringBuilder(folded.Length);
        var map = new List<int>(folded.Length);
        var next = 0;
        foreach (Match m in insertions)
        {
            for (var i = next; i < m.Index; i++)
            {
                text.Append(folded[i]);
                map.Add(i);
            }
            next = m.Index + m.Length;
        }
        for (var i = next; i < folded.Length; i++)
        {
            text.Append(folded[i]);
            map.Add(i);
        }
        return new InsertionView(text.ToString(), [.. map]);
    }

    /// <summary>The position in the original text of the character at <paramref name="position"/> of the view.</summary>
    public int Start(int position) => position < _map.Length ? _map[position] : _map.Length == 0 ? 0 : _map[^1] + 1;

    /// <summary>The original end (exclusive) of a span of the view that ends at <paramref name="end"/>.</summary>
    public int End(int end) => end == 0 ? 0 : _map[end - 1] + 1;

    /// <summary>The first position of the view at or after the original position <paramref name="original"/>.</summary>
    public int FromOriginal(int original)
    {
        var index = Array.BinarySearch(_map, original);
        return index >= 0 ? index : ~index;
    }

    // Only insertions that name what comes before them: （以下「…」という。）, （…を「…」と総称する。）.
    [GeneratedRegex(@"\((以下|以下この[^()「」]{1,12}において)?[^()「」]{0,30}「[^「」()]{1,40}」(という|と総称する)。\)")]
    private static partial Regex Insertion();
}
