using Tenken.Core.Drafting;

namespace Tenken.Core.Reports.Drafts;

/// <summary>Splits a draft's before or after text into plain and changed (underlined) pieces, in order.</summary>
public static class DraftText
{
    public static IEnumerable<(string Text, bool Changed)> Pieces(ArticleDraft draft, bool after)
    {
        var text = after ? draft.After : draft.Before;
        var position = 0;
        foreach (var change in draft.Changes)
        {
            var (start, length) = after ? (change.AfterStart, change.AfterLength) : (change.BeforeStart, change.BeforeLength);
            if (length == 0)
                continue;
            if (start > position)
                yield return (text[position..start], false);
            yield return (text.Substring(start, length), true);
            position = start + length;
        }
        if (position < text.Length)
            yield return (text[position..], false);
    }
}
