namespace Tenken.Core.Screening.Model;

/// <summary>A matched phrase: its text and its span in <see cref="Documents.Article.Text"/> (End exclusive, UTF-16 units).</summary>
public sealed record Cue(string Text, int Start, int End, string RuleId = "")
{
    public int Length => End - Start;
}
