using Microsoft.Extensions.AI;

namespace Tenken.Ai.Budget;

/// <summary>
/// Estimates tokens without a tokenizer: one per non-ASCII character (Japanese text costs about that on the
/// usual tokenizers), one per four ASCII characters, plus a few per message. Used for budgeting, rate limits and
/// dry runs; real counts from the server replace it when they come back.
/// </summary>
public static class TokenEstimator
{
    private const int PerMessage = 4;

    /// <summary>Typical answer size for one category (reason, quotes, direction, alternatives, concerns, phases).</summary>
    public const int OutputPerCategory = 220;

    public static int Estimate(string text)
    {
        int ascii = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 128)
                ascii++;
            else if (!char.IsLowSurrogate(c))
                other++;
        }
        return other + (ascii + 3) / 4;
    }

    public static int Estimate(IEnumerable<ChatMessage> messages) => messages.Sum(m => Estimate(m.Text) + PerMessage);
}
