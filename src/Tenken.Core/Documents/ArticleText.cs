namespace Tenken.Core.Documents;

/// <summary>Renders an article's paragraphs to the canonical full text used for cue offsets.</summary>
public static class ArticleText
{
    public static string Render(IReadOnlyList<Paragraph> paragraphs)
    {
        // Measured first, then written once into the string: a growing builder would copy every article's text twice.
        var counter = new Sink([]);
        Write(ref counter, paragraphs);
        if (counter.Length == 0)
            return "";
        return string.Create(counter.Length, paragraphs, static (span, paragraphs) =>
        {
            var sink = new Sink(span);
            Write(ref sink, paragraphs);
        });
    }

    private static void Write(ref Sink sink, IReadOnlyList<Paragraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Caption is { Length: > 0 })
            {
                sink.NewLine();
                sink.Append(p.Caption);
            }
            if (i > 0 || p.Caption is { Length: > 0 })
                sink.NewLine();
            if (p.NumText.Length > 0)
            {
                sink.Append(p.NumText);
                sink.Append('　', 1);
            }
            sink.Append(p.Text);
            WriteRows(ref sink, p.TableRows, 1);
            foreach (var item in p.Items)
                WriteItem(ref sink, item);
        }
    }

    private static void WriteItem(ref Sink sink, Item item)
    {
        sink.NewLine();
        sink.Append(' ', 2 * item.Depth);
        sink.Append(item.Title);
        if (item.Text.Length > 0)
        {
            sink.Append('　', 1);
            sink.Append(item.Text);
        }
        WriteRows(ref sink, item.TableRows, item.Depth + 1);
        foreach (var child in item.Children)
            WriteItem(ref sink, child);
    }

    private static void WriteRows(ref Sink sink, IReadOnlyList<string> rows, int depth)
    {
        foreach (var row in rows)
        {
            sink.NewLine();
            sink.Append(' ', 2 * depth);
            sink.Append(row);
        }
    }

    /// <summary>Counts characters when given no buffer, writes them when given one of the counted length.</summary>
    private ref struct Sink(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;

        public int Length { get; private set; }

        public void Append(string text)
        {
            if (!_buffer.IsEmpty)
                text.CopyTo(_buffer[Length..]);
            Length += text.Length;
        }

        public void Append(char c, int count)
        {
            if (!_buffer.IsEmpty)
                _buffer.Slice(Length, count).Fill(c);
            Length += count;
        }

        public void NewLine()
        {
            if (Length > 0)
                Append('\n', 1);
        }
    }
}
