namespace Tenken.Core.Screening.Sentences;

/// <summary>
/// What the structure of one sentence says, read from its main text (parentheticals removed): whether it states a
/// duty or power, punishes, defines, applies other provisions (準用/読替), only delegates, or grants relief.
/// For an item, the flags of the sentence that introduces the list are merged in.
/// </summary>
internal sealed record SentenceFacts
{
    public required string MainText { get; init; }

    /// <summary>Offset in the article text where the topic (…は、) ends; -1 when the sentence has none.</summary>
    public int SubjectEnd { get; init; } = -1;

    /// <summary>〜しなければならない, 〜ものとする, 〜ことができる, 〜させる, 〜こと (in a list of requirements) …</summary>
    public bool HasDuty { get; init; }

    /// <summary>…に処する / 過料に処する: the sentence punishes a breach of a duty stated elsewhere.</summary>
    public bool IsPenalty { get; init; }

    /// <summary>「…」とは、…をいう: a definition.</summary>
    public bool IsDefinition { get; init; }

    /// <summary>…を準用する / …と読み替える: applies other provisions.</summary>
    public bool IsMutatis { get; init; }

    /// <summary>…は、政令で定める: only delegates the matter.</summary>
    public bool IsDelegation { get; init; }

    /// <summary>…を免除する / …を要しない: relief from a duty, not a duty.</summary>
    public bool IsRelief { get; init; }

    /// <summary>ただし、…この限りでない: an exception to the preceding sentence.</summary>
    public bool IsException { get; init; }
}
