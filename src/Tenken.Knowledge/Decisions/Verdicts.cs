using Tenken.Core.Screening.Model;

namespace Tenken.Knowledge.Decisions;

/// <summary>The 判定 words of the review list and their <see cref="ReviewVerdict"/>.</summary>
public static class Verdicts
{
    public static string ToText(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Applicable => "該当",
        ReviewVerdict.NotApplicable => "非該当",
        _ => "要検討",
    };

    /// <summary>Accepts the three words with surrounding or full-width spaces; anything else is false.</summary>
    public static bool TryParse(string text, out ReviewVerdict verdict)
    {
        switch (text.Trim().Replace("　", "", StringComparison.Ordinal))
        {
            case "該当":
                verdict = ReviewVerdict.Applicable;
                return true;
            case "非該当":
                verdict = ReviewVerdict.NotApplicable;
                return true;
            case "要検討":
                verdict = ReviewVerdict.NeedsDiscussion;
                return true;
            default:
                verdict = default;
                return false;
        }
    }
}
