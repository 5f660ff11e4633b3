using System.Text;
using Tenken.Core.Documents;

namespace Tenken.Core.Structure.Building;

/// <summary>Collects 別表 / 様式 blocks (and a 前文) line by line.</summary>
internal sealed class AppendixCollector
{
    private readonly List<Appendix> _done = [];
    private (string Kind, string Title, StringBuilder Text, int Line)? _open;

    public bool IsOpen => _open is not null;

    public void Start(string kind, string title, int line)
    {
        Close();
        _open = (kind, title, new StringBuilder(), line);
    }

    public void Append(string text)
    {
        if (_open is not { } open)
            return;
        if (open.Text.Length > 0)
            open.Text.Append('\n');
        open.Text.Append(text);
    }

    public void Close()
    {
        if (_open is { } open)
            _done.Add(new Appendix(open.Kind, open.Title, open.Text.ToString(), open.Line));
        _open = null;
    }

    public IReadOnlyList<Appendix> Build(Appendix? preamble)
    {
        Close();
        return preamble is null ? [.. _done] : [preamble, .. _done];
    }
}
