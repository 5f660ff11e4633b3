namespace Tenken.Core.Screening.Sentences;

/// <summary>
/// Splits <see cref="Documents.Article.Text"/> into sentences and knows which 項 and item each belongs to. Relies on
/// the canonical text layout: one line per 項 (number, full-width space, text), items indented two spaces per level.
/// </summary>
internal sealed class ArticleLayout
{
    private readonly List<Sentence> _sentences;

    private ArticleLayout(string text, List<Sentence> sentences)
    {
        Text = text;
        _sentences = sentences;
    }

    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>The sentence that holds <paramref name="position"/>, or null for a caption line or a line break.</summary>
    public Sentence? At(int position)
    {
        // Sentences are in text order and do not overlap: find the last one starting at or before the position.
        int low = 0, high = _sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_sentences[middle].Start <= position)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return high >= 0 && _sentences[high].Contains(position) ? _sentences[high] : null;
    }

    /// <summary>End of the sentence holding <paramref name="position"/> (the position itself when outside any).</summary>
    public int SentenceEnd(int position) => At(position)?.End ?? position;

    public static ArticleLayout Build(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        var lastAtDepth = new List<int>();
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            AddLine(text, lineStart, lineEnd, sentences, ref paragraph, lastAtDepth);
            lineStart = lineEnd + 1;
        }
        return new ArticleLayout(text, sentences);
    }

    private static void AddLine(string text, int start, int end, List<Sentence> sentences, ref int paragraph, List<int> lastAtDepth)
    {
        var indent = 0;
        while (start + indent < end && text[start + indent] == ' ')
            indent++;
        var depth = indent / 2;
        var bodyStart = start + indent;
        if (bodyStart >= end)
            return;
        if (depth == 0 && IsCaption(text, bodyStart, end))
            return;
        if (depth == 0)
        {
            paragraph++;
            lastAtDepth.Clear();
        }
        // Skip the label (２, 一, イ, (1)) so that it is not part of the first sentence.
        var labelEnd = text.IndexOf('　', bodyStart, Math.Min(12, end - bodyStart));
        if (labelEnd > bodyStart && (depth > 0 || labelEnd - bodyStart <= 4))
            bodyStart = labelEnd + 1;
        var lead = depth > 0 && depth - 1 < lastAtDepth.Count ? lastAtDepth[depth - 1] : -1;
        var first = sentences.Count;
        var sentenceStart = bodyStart;
        var nesting = 0;
        for (var i = bodyStart; i < end; i++)
        {
            var c = text[i];
            if (c is '（' or '「' or '(' or '『')
                nesting++;
            else if (c is '）' or '」' or ')' or '』')
                nesting = Math.Max(0, nesting - 1);
            else if (c == '。' && nesting == 0)
            {
                Add(text, sentences, sentenceStart, i + 1, paragraph, depth, lead);
                sentenceStart = i + 1;
            }
        }
        if (end > sentenceStart && text.AsSpan(sentenceStart, end - sentenceStart).Trim().Length > 0)
            Add(text, sentences, sentenceStart, end, paragraph, depth, lead);
        if (sentences.Count > first)
        {
            while (lastAtDepth.Count <= depth)
                lastAtDepth.Add(-1);
            lastAtDepth[depth] = LeadOf(text, sentences, first);
            lastAtDepth.RemoveRange(depth + 1, lastAtDepth.Count - depth - 1);
        }
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end, int paragraph, int depth, int lead)
    {
        var proviso = text.AsSpan(start, end - start).TrimStart().StartsWith("ただし") ||
            text.AsSpan(start, end - start).TrimStart().StartsWith("但し");
        sentences.Add(new Sentence(sentences.Count, start, end, paragraph, depth, lead, proviso));
    }

    /// <summary>The sentence of a line that introduces its items: the one mentioning 次 / 各号 / 左, else the first.</summary>
    private static int LeadOf(string text, List<Sentence> sentences, int first)
    {
        for (var i = first; i < sentences.Count; i++)
        {
            var s = text.AsSpan(sentences[i].Start, sentences[i].Length);
            if (s.Contains("次に", StringComparison.Ordinal) || s.Contains("次の", StringComparison.Ordinal) ||
                s.Contains("各号", StringComparison.Ordinal) || s.Contains("左に", StringComparison.Ordinal) ||
                s.Contains("左の", StringComparison.Ordinal))
                return i;
        }
        return first;
    }

    private static bool IsCaption(string text, int start, int end) =>
        text[start] == '（' && text[end - 1] == '）' && text.IndexOf('。', start, end - start) < 0;
}
