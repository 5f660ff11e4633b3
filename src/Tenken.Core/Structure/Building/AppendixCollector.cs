using Tenken.Core.Documents;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Collects appended blocks line by line. 様式 and 別表 become units of their own (articles keyed by label, added to
/// <paramref name="units"/> in reading order); 別記, 別図, 別紙, 付録 and a 前文 stay <see cref="Appendix"/> text.
/// </summary>
internal sealed class AppendixCollector(string documentId, KeyAllocator keys, List<Article> units)
{
    private readonly List<Appendix> _done = [];
    private readonly List<ClassifiedLine> _lines = [];
    private ClassifiedLine? _heading;

    public bool IsOpen => _heading is not null;

    public void Start(ClassifiedLine heading)
    {
        Close();
        _heading = heading;
    }

    public void Append(ClassifiedLine line)
    {
        if (_heading is not null)
            _lines.Add(line);
    }

    public void Close()
    {
        if (_heading is not { } heading)
            return;
        _heading = null;
        var text = string.Join('\n', _lines.Select(l => l.Text));
        var kind = UnitKind(heading);
        if (kind is { } provision)
            units.Add(Unit(heading, provision, text));
        else
            _done.Add(new Appendix(heading.Label, heading.Text, text, heading.LineNumber));
        _lines.Clear();
    }

    public IReadOnlyList<Appendix> Build(Appendix? preamble)
    {
        Close();
        return preamble is null ? [.. _done] : [preamble, .. _done];
    }

    private static ProvisionKind? UnitKind(ClassifiedLine heading) => heading.Num.Length == 0 ? null : heading.Label switch
    {
        "様式" or "書式" => ProvisionKind.Form,
        "別表" => ProvisionKind.Table,
        _ => null,
    };

    // The body is one 項 whose text keeps the block's lines (form fields, table rows) one per line.
    private Article Unit(ClassifiedLine heading, ProvisionKind provision, string text) => new()
    {
        Key = keys.ForAppended(heading.Num, heading.Body, heading.LineNumber),
        DocumentId = documentId,
        Num = heading.Num,
        Title = heading.Body,
        Caption = heading.Caption,
        Provision = provision,
        Paragraphs = text.Length == 0 ? [] : [new Paragraph { Num = "1", Text = text, Line = _lines[0].LineNumber }],
        Line = heading.LineNumber,
    };
}
