using DocumentFormat.OpenXml.Wordprocessing;

namespace Tenken.Office.Reading.Docx;

/// <summary>
/// Renders Word's automatic paragraph numbering ("第%1条", "%1", "(%1)" with 一 / １ / イ formats) as the text a
/// reader sees, so that 条, 項 and 号 numbers kept as list numbering are not lost. Stateful: call
/// <see cref="Label"/> once per paragraph in document order.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    public DocxNumbering(Numbering? numbering, Styles? styles)
    {
        foreach (var a in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (a.AbstractNumberId?.Value is int id)
                _abstracts[id] = a;
        }
        foreach (var n in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (n.NumberID?.Value is int id)
                _instances[id] = n;
        }
        foreach (var s in styles?.Elements<Style>() ?? [])
        {
            if (s.StyleId?.Value is { } id)
                _styles.TryAdd(id, s);
        }
    }

    public bool IsNumbered(Paragraph paragraph) =>
        Find(paragraph) is { } found && Format(found.Level) is not ("bullet" or "none");

    /// <summary>The label with its separator (e.g. "第一条　", "２　", "（１）　"), or "" when the paragraph is not numbered.</summary>
    public string Label(Paragraph paragraph)
    {
        if (Find(paragraph) is not { } found)
            return "";
        var counter = CounterFor(found);
        counter.Advance(found.Index, i => StartOf(found, i));
        var format = Format(found.Level);
        if (format is "bullet" or "none")
            return "";
        var text = found.Level.LevelText?.Val?.Value ?? $"%{found.Index + 1}";
        var legal = found.Level.IsLegalNumberingStyle is not null && (found.Level.IsLegalNumberingStyle.Val?.Value ?? true);
        for (var i = 0; i <= found.Index; i++)
        {
            var placeholder = $"%{i + 1}";
            if (!text.Contains(placeholder, StringComparison.Ordinal))
                continue;
            var levelFormat = legal && i < found.Index ? "decimal" : Format(LevelOf(found, i) ?? found.Level);
            text = text.Replace(placeholder, NumberLabels.Format(counter.Value(i, StartOf(found, i)), levelFormat), StringComparison.Ordinal);
        }
        var suffix = found.Level.LevelSuffix?.Val?.InnerText ?? "tab";
        return suffix == "nothing" || text.Length == 0 ? text : text + "　";
    }

    private sealed record Found(int NumId, NumberingInstance Instance, AbstractNum Abstract, int Index, Level Level);

    private Found? Find(Paragraph paragraph)
    {
        var props = paragraph.ParagraphProperties;
        var numId = props?.NumberingProperties?.NumberingId?.Val?.Value;
        var ilvl = props?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        if (numId is null && styleId is not null)
        {
            var fromStyle = StyleNumbering(styleId);
            numId = fromStyle.NumId;
            ilvl ??= fromStyle.Level;
        }
        if (numId is not int id || id == 0 || !_instances.TryGetValue(id, out var instance))
            return null;
        if (instance.AbstractNumId?.Val?.Value is not int absId || !_abstracts.TryGetValue(absId, out var abs))
            return null;
        // Numbering attached through a style picks the level whose pStyle names that style.
        ilvl ??= abs.Elements<Level>().FirstOrDefault(l => l.ParagraphStyleIdInLevel?.Val?.Value == styleId)?.LevelIndex?.Value ?? 0;
        var index = Math.Clamp(ilvl.Value, 0, Levels - 1);
        var level = LevelOf(instance, abs, index);
        return level is null ? null : new Found(id, instance, abs, index, level);
    }

    private (int? NumId, int? Level) StyleNumbering(string styleId)
    {
        for (var depth = 0; depth < 16 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            var numPr = style.StyleParagraphProperties?.NumberingProperties;
            if (numPr?.NumberingId?.Val?.Value is int id)
                return (id, numPr.NumberingLevelReference?.Val?.Value);
            if (style.BasedOn?.Val?.Value is not { } parent)
                break;
            styleId = parent;
        }
        return (null, null);
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abs, int index)
    {
        var overridden = instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.Level;
        return overridden ?? abs.Elements<Level>().FirstOrDefault(l => (l.LevelIndex?.Value ?? 0) == index);
    }

    private static Level? LevelOf(Found found, int index) => LevelOf(found.Instance, found.Abstract, index);

    private static int StartOf(Found found, int index)
    {
        var start = found.Instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value;
        return start ?? LevelOf(found, index)?.StartNumberingValue?.Val?.Value ?? 0;
    }

    private static string Format(Level level) => level.NumberingFormat?.Val?.InnerText ?? "decimal";

    // Word continues one list across num instances of the same abstract list unless an instance restarts it.
    private Counter CounterFor(Found found)
    {
        var restarts = found.Instance.Elements<LevelOverride>().Any(o => o.StartOverrideNumberingValue is not null);
        var key = restarts ? $"n{found.NumId}" : $"a{found.Abstract.AbstractNumberId!.Value}";
        if (!_counters.TryGetValue(key, out var counter))
            _counters[key] = counter = new Counter();
        return counter;
    }

    private sealed class Counter
    {
        private readonly int[] _values = new int[Levels];
        private readonly bool[] _started = new bool[Levels];

        public void Advance(int index, Func<int, int> start)
        {
            _values[index] = _started[index] ? _values[index] + 1 : start(index);
            _started[index] = true;
            for (var i = index + 1; i < Levels; i++)
                _started[i] = false;
        }

        public int Value(int index, int start) => _started[index] ? _values[index] : start;
    }
}
