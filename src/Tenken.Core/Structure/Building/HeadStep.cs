using System.Text;
using Tenken.Core.Documents;
using Tenken.Core.Structure.Lines;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// The head of a document, before its first provision: the 例規名, the 公布日・例規番号 and a 前文. Revision notes
/// under the number (改正　平成10年3月30日条例第5号) are metadata and dropped.
/// </summary>
internal sealed class HeadStep(BuildContext context)
{
    private readonly List<string> _numberParts = [];
    private readonly StringBuilder _preamble = new();
    private int _preambleLine;

    public string? Title { get; private set; }

    /// <summary>The number as printed, its lines joined; null when the head has none.</summary>
    public string? Number => _numberParts.Count == 0 ? null : string.Concat(_numberParts);

    /// <summary>Takes a line of the head; false when the line starts the body (the body step adds it then).</summary>
    public bool Take(ClassifiedLine line)
    {
        switch (line.Kind)
        {
            case LineKind.Title when Title is null:
                Title = line.Body;
                return true;
            case LineKind.Number:
                _numberParts.Add(line.Body);
                return true;
            case LineKind.Text or LineKind.Title or LineKind.TableRow:
                if (Title is null && _numberParts.Count == 0 && _preamble.Length == 0 && !line.Text.Contains('。') && line.Text.Length <= LineText.MaxHeadingLength)
                    Title = line.Text;
                else if (!IsRevisionNote(line.Text))
                    AppendPreamble(line);
                return true;
            case LineKind.Paragraph when _preamble.Length > 0 && line.Num == "2":
                // A 本則 of 項 only: the text under the title was its unnumbered first 項, not a preamble.
                var unit = context.StartUnit(line);
                var first = new ParagraphDraft("1", "", _preambleLine);
                first.Text.Append(_preamble.ToString().Replace("\n", "", StringComparison.Ordinal));
                unit.Paragraphs.Add(first);
                _preamble.Clear();
                return false;
            default:
                return false;
        }
    }

    /// <summary>The 前文 as an appended block, or null.</summary>
    public Appendix? Preamble() => _preamble.Length == 0 ? null : new Appendix("前文", "", _preamble.ToString(), _preambleLine);

    private static bool IsRevisionNote(string text) =>
        text.StartsWith("改正", StringComparison.Ordinal) || text.StartsWith("最終改正", StringComparison.Ordinal) ||
        text.StartsWith("沿革", StringComparison.Ordinal) || text.StartsWith("施行", StringComparison.Ordinal) ||
        (text.Length < 60 && text.Contains("条例第", StringComparison.Ordinal) && !text.Contains('。'));

    private void AppendPreamble(ClassifiedLine line)
    {
        if (_preamble.Length == 0)
            _preambleLine = line.LineNumber;
        else
            _preamble.Append('\n');
        _preamble.Append(line.Text);
    }
}
