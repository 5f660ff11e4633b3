namespace Tenken.Ai.Validation;

/// <summary>The result of checking one answer: the verdicts when it passed, otherwise the problems (Japanese).</summary>
public sealed record AnswerCheck(IReadOnlyList<CategoryVerdict>? Verdicts, IReadOnlyList<string> Problems, bool JsonBroken)
{
    public bool Ok => Verdicts is not null;

    public static AnswerCheck Broken(string problem) => new(null, [problem], true);
}
