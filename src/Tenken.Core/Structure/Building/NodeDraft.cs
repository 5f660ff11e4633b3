using System.Text;

namespace Tenken.Core.Structure.Building;

/// <summary>Mutable text holder shared by paragraph and item drafts: its sentences and the table rows under it.</summary>
internal abstract class NodeDraft(int line)
{
    public StringBuilder Text { get; } = new();

    public List<string> Rows { get; } = [];

    public int Line { get; } = line;

    /// <summary>Appends a wrapped line: Japanese runs on without a space; a space only between two Latin words.</summary>
    public void Continue(string text)
    {
        if (Rows.Count > 0)
        {
            Rows.Add(text);
            return;
        }
        if (Text.Length > 0 && text.Length > 0 && char.IsAsciiLetterOrDigit(Text[^1]) && char.IsAsciiLetterOrDigit(text[0]))
            Text.Append(' ');
        Text.Append(text);
    }

    public bool EndsSentence => Text.Length > 0 && Text[^1] == '。';
}
