using System.Text;
using Tenken.Core.Documents;
using Tenken.Core.Numerals;
using Tenken.Core.Reading;
using Tenken.Core.Structure.Lines;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Builds the article tree from classified lines, in one pass. Phases: the head (title, number, preamble), an
/// optional 目次 that is skipped, the body (divisions, 条, 項, 号, 附則) and the appended blocks (別表, 様式), which
/// become units of their own (<see cref="AppendixCollector"/>).
/// </summary>
/// <remarks>
/// Unnumbered lines. When the 条 numbers its 項 (a line "２　…" before the next 条), an unnumbered line is a wrapped
/// continuation of the line above. In old-style text without 項 numbers, an unnumbered line starts a new 項 only
/// when the text above ends a sentence (。), or the line is a sentence after a list of items, and it is not a proviso
/// (ただし…, この場合において…); otherwise it continues the sentence. A line with a tab or a wide gap after a finished sentence is a table row.
/// </remarks>
internal sealed class DocumentBuilder
{
    private enum Phase { Head, Contents, Body, Appendix }

    private readonly DocumentHeader _header;
    private readonly ReadContext _context;
    private readonly List<Article> _articles = [];
    private readonly List<(int Level, string Heading)> _divisions = [];
    private readonly List<string> _numberParts = [];
    private readonly StringBuilder _preamble = new();
    private readonly KeyAllocator _keys;
    private readonly AppendixCollector _appendices;

    private Phase _phase = Phase.Head;
    private string? _title;
    private int _preambleLine;
    private string? _contentsFirst;
    private ClassifiedLine? _pendingCaption;
    private string? _runCaption;
    private ArticleDraft? _article;
    private NodeDraft? _target;
    private int _supplIndex;
    private string? _supplLabel;
    private bool _justAfterSuppl;
    private int _lastArticle;
    private string _lastArticleNum = "0";

    private bool _numberedParagraphs;

    public DocumentBuilder(DocumentHeader header, ReadContext context)
    {
        _header = header;
        _context = context;
        _keys = new KeyAllocator(header.Id, header.SourcePath, context);
        _appendices = new AppendixCollector(header.Id, _keys, _articles);
    }

    /// <summary>Adds the next line; <paramref name="numberedParagraphs"/> says whether its 条 numbers its 項.</summary>
    public void Add(ClassifiedLine line, bool numberedParagraphs)
    {
        _numberedParagraphs = numberedParagraphs;
        if (line.Kind is LineKind.Blank or LineKind.Ignore)
            return;
        if (_phase == Phase.Head && AddToHead(line))
            return;
        if (_phase == Phase.Contents && !EndsContents(line))
            return;
        if (_phase == Phase.Appendix && AddToAppendix(line))
            return;
        _phase = Phase.Body;
        AddToBody(line);
    }

    private bool AddToHead(ClassifiedLine line)
    {
        switch (line.Kind)
        {
            case LineKind.Title when _title is null:
                _title = line.Body;
                return true;
            case LineKind.Number:
                _numberParts.Add(line.Body);
                return true;
            case LineKind.TableOfContents:
                _phase = Phase.Contents;
                return true;
            case LineKind.Text or LineKind.Title or LineKind.TableRow:
                if (_title is null && _numberParts.Count == 0 && _preamble.Length == 0 && !line.Text.Contains('。') && line.Text.Length <= LineText.MaxHeadingLength)
                    _title = line.Text;
                else if (!IsRevisionNote(line.Text))
                    AppendPreamble(line);
                return true;
            case LineKind.Paragraph when _preamble.Length > 0 && line.Num == "2":
                // A 本則 of 項 only: the text under the title was its unnumbered first 項, not a preamble.
                var unit = StartUnit(line);
                var first = new ParagraphDraft("1", "", _preambleLine);
                first.Text.Append(_preamble.ToString().Replace("\n", "", StringComparison.Ordinal));
                unit.Paragraphs.Add(first);
                _preamble.Clear();
                return false;
            default:
                return false;
        }
    }

    // 改正　平成10年3月30日条例第5号 and similar history lines under the number are metadata, not text.
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

    // The 目次 repeats the division headings with article ranges; it ends at the first article, or when its
    // first heading appears a second time (the real one).
    private bool EndsContents(ClassifiedLine line)
    {
        if (line.Kind is LineKind.Article or LineKind.Caption)
            return true;
        if (line.Kind != LineKind.Division)
            return false;
        var heading = DivisionLine.Normalize(line.Text);
        if (_contentsFirst is null)
        {
            _contentsFirst = heading;
            return false;
        }
        return heading == _contentsFirst;
    }

    private bool AddToAppendix(ClassifiedLine line)
    {
        switch (line.Kind)
        {
            case LineKind.Appendix:
                _appendices.Start(line);
                return true;
            case LineKind.Supplementary:
                _appendices.Close();
                return false;
            // An article that continues the numbering means the block ended (a 別表 placed before later 条).
            case LineKind.Article when MainNumber(line.Num) > _lastArticle:
                _appendices.Close();
                return false;
            default:
                _appendices.Append(line);
                return true;
        }
    }

    private void AddToBody(ClassifiedLine line)
    {
        var afterSuppl = _justAfterSuppl;
        _justAfterSuppl = false;
        switch (line.Kind)
        {
            case LineKind.Number when afterSuppl && _supplLabel is not null:
                // 附　則 on one line and （平成20年3月31日規則第5号） on the next.
                _supplLabel += line.Text;
                _justAfterSuppl = true;
                return;
            case LineKind.Division:
                FlushPendingCaption(standingAlone: true);
                CloseArticle();
                _divisions.RemoveAll(d => d.Level >= line.Level);
                _divisions.Add((line.Level, line.Text));
                _runCaption = null;
                return;
            case LineKind.Caption:
                FlushPendingCaption(standingAlone: true);
                _pendingCaption = line;
                // （罰則　第百十九条…） after an article is a note on it, never the 見出し of the next one.
                if (line.Text.AsSpan(1).StartsWith("罰則　") || line.Text.AsSpan(1).StartsWith("罰則 "))
                    FlushPendingCaption(standingAlone: true);
                return;
            case LineKind.Article when IsTableRowLookingLikeAnArticle(line):
                FlushPendingCaption();
                AddText(line with { Kind = LineKind.Text });
                return;
            case LineKind.Article:
                StartArticle(line);
                return;
            case LineKind.Paragraph:
                StartParagraph(line);
                return;
            case LineKind.Item:
                FlushPendingCaption();
                AddItem(line);
                return;
            case LineKind.Supplementary:
                StartSupplementary(line);
                return;
            case LineKind.Appendix:
                FlushPendingCaption(standingAlone: true);
                CloseArticle();
                _appendices.Start(line);
                _phase = Phase.Appendix;
                return;
            case LineKind.TableRow:
                FlushPendingCaption();
                EnsureTarget(line).Rows.Add(line.Text);
                return;
            default:
                if (line.Kind == LineKind.Title)
                    Warn(line, $"本文の途中に例規名のような行があります: {Short(line.Text)}（本文として扱いました）", "TK2006");
                FlushPendingCaption();
                AddText(line);
                return;
        }
    }

    // 第四十四条　行政不服審査会等　… inside a 読替え table: no sentence after the label, and either a number that
    // goes backwards or cells separated by spaces.
    private bool IsTableRowLookingLikeAnArticle(ClassifiedLine line)
    {
        if (_article is null || line.Source.Hint == LineHint.Article || line.Caption is not null || _pendingCaption is not null)
            return false;
        var body = line.Body.TrimEnd();
        if (body.Length == 0 || body.EndsWith('。') || body == "削除")
            return false;
        return CompareNums(line.Num, _lastArticleNum) <= 0 || body.Contains('　');
    }

    private void StartArticle(ClassifiedLine line)
    {
        CloseArticle();
        var deleted = line.Body.Trim() == "削除";
        var caption = line.Caption ?? _pendingCaption?.Text;
        _pendingCaption = null;
        if (caption is not null)
            _runCaption = caption;
        else if (deleted)
            _runCaption = null;
        else
            caption = _runCaption;
        _article = new ArticleDraft
        {
            Num = line.Num,
            Title = line.Label,
            Caption = caption,
            SupplementaryIndex = _supplIndex,
            SupplementaryLabel = _supplLabel,
            Divisions = [.. _divisions.Select(d => d.Heading)],
            Line = line.LineNumber,
        };
        var first = new ParagraphDraft("1", "", line.LineNumber);
        first.Text.Append(line.Body);
        _article.Paragraphs.Add(first);
        _target = first;
        _lastArticle = Math.Max(_lastArticle, MainNumber(line.Num));
        if (CompareNums(line.Num, _lastArticleNum) > 0)
            _lastArticleNum = line.Num;
    }

    private void StartParagraph(ClassifiedLine line)
    {
        var caption = _pendingCaption?.Text;
        _pendingCaption = null;
        var article = _article ?? StartUnit(line);
        var count = article.Paragraphs.Count;
        string num;
        if (line.Num.Length == 0)
        {
            num = (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            num = line.Num;
            if (num != (count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                Warn(line, $"項番号 {line.Label} が順番どおりではありません（{article.Title} の{count + 1}番目の項）。", "TK2003");
        }
        var paragraph = new ParagraphDraft(num, line.Label, line.LineNumber) { Caption = caption };
        paragraph.Text.Append(line.Body);
        article.Paragraphs.Add(paragraph);
        _target = paragraph;
    }

    private void AddItem(ClassifiedLine line)
    {
        if (_article is null)
            Warn(line, $"条の前に号 {line.Label} があります。", "TK2001");
        var article = _article ?? StartUnit(line);
        if (article.Current is null)
            article.Paragraphs.Add(new ParagraphDraft("1", "", line.LineNumber));
        _target = article.Current!.Items.Add(line.Item!, line.Body, line.LineNumber);
    }

    private void AddText(ClassifiedLine line)
    {
        if (_article is null || _target is null)
        {
            var unit = _article ?? StartUnit(line);
            var paragraph = new ParagraphDraft((unit.Paragraphs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "", line.LineNumber);
            paragraph.Text.Append(line.Text);
            unit.Paragraphs.Add(paragraph);
            _target = paragraph;
            return;
        }
        var node = _target;
        if (line.Source.Hint == LineHint.Continuation)
        {
            node.Continue(line.Text);
            return;
        }
        if ((node.Rows.Count > 0 || node.EndsSentence) && TableRowText(line.Text) is { } row)
        {
            node.Rows.Add(row);
            return;
        }
        // Old style: a sentence after a list of items (体言止め) is the next 項, as is a line after a finished sentence.
        var afterItems = node is ItemDraft && !node.EndsSentence && line.Text.EndsWith('。');
        if (!_numberedParagraphs && (node.EndsSentence || afterItems) && !IsProviso(line.Text))
        {
            StartParagraph(ParagraphLine.Unnumbered(line.Source, line.Text));
            return;
        }
        node.Continue(line.Text);
    }

    private static bool IsProviso(string text) =>
        text.StartsWith("ただし", StringComparison.Ordinal) || text.StartsWith("但し", StringComparison.Ordinal) ||
        text.StartsWith("但シ", StringComparison.Ordinal) || text.StartsWith("この場合", StringComparison.Ordinal);

    // Cells separated by a tab or by two or more spaces, no sentence end: a table row, cells joined by a full-width space.
    private static string? TableRowText(string text)
    {
        if (text.Length > 400 || text.EndsWith('。'))
            return null;
        var cells = System.Text.RegularExpressions.Regex.Split(text, @"\t|[ 　]{2,}");
        return cells.Length < 2 ? null : string.Join("　", cells.Select(c => c.Trim(' ', '　')).Where(c => c.Length > 0));
    }

    private NodeDraft EnsureTarget(ClassifiedLine line)
    {
        if (_target is not null)
            return _target;
        var unit = _article ?? StartUnit(line);
        var paragraph = new ParagraphDraft((unit.Paragraphs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "", line.LineNumber);
        unit.Paragraphs.Add(paragraph);
        return _target = paragraph;
    }

    // 項 outside any 条: a 附則 of paragraphs only, or a 本則 written without 条.
    private ArticleDraft StartUnit(ClassifiedLine line)
    {
        _article = new ArticleDraft
        {
            Num = "",
            Title = _supplIndex > 0 ? "附則" : "本則",
            IsUnit = true,
            SupplementaryIndex = _supplIndex,
            SupplementaryLabel = _supplLabel,
            Divisions = [.. _divisions.Select(d => d.Heading)],
            Line = line.LineNumber,
        };
        return _article;
    }

    private void StartSupplementary(ClassifiedLine line)
    {
        FlushPendingCaption(standingAlone: true);
        CloseArticle();
        _supplIndex++;
        _supplLabel = line.Label;
        _divisions.Clear();
        _runCaption = null;
        _lastArticle = 0;
        _lastArticleNum = "0";
        _justAfterSuppl = true;
    }

    // A parenthesised line not followed by its 条 is kept, so nothing is lost. Standing alone (before another
    // 見出し, a division, 附則 or the end) it is a note of the article above, such as （罰則　第百十九条…）, and
    // becomes a trailing unnumbered 項 as in e-Gov; before text or an item it is part of that text.
    private void FlushPendingCaption(bool standingAlone = false)
    {
        if (_pendingCaption is not { } caption)
            return;
        _pendingCaption = null;
        if (standingAlone && _article is { } article)
        {
            var note = new ParagraphDraft((article.Paragraphs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "", caption.LineNumber);
            note.Text.Append(caption.Text);
            article.Paragraphs.Add(note);
            _target = note;
            return;
        }
        Warn(caption, $"見出し {Short(caption.Text)} の次に条がありません（直前の条文の一部として扱いました）。", "TK2007");
        if (_target is not null)
            _target.Continue(caption.Text);
        else
            EnsureTarget(caption).Continue(caption.Text);
    }

    private void CloseArticle()
    {
        if (_article is not { } draft)
            return;
        _article = null;
        _target = null;
        if (draft.IsUnit && draft.SupplementaryIndex > 0 && !_context.Options.IncludeSupplementaryParagraphs)
            return;
        if (draft.Paragraphs.Count == 0)
            return;
        _articles.Add(draft.Build(_header.Id, _keys.For(draft)));
    }

    public OrdinanceDocument Build()
    {
        FlushPendingCaption(standingAlone: true);
        CloseArticle();
        var preamble = _preamble.Length == 0 ? null : new Appendix("前文", "", _preamble.ToString(), _preambleLine);
        // Closing the last block may add a 様式 or 別表 unit to the articles.
        var appendices = _appendices.Build(preamble);
        var title = _header.Title ?? _title ?? _header.Id;
        var number = _header.Number ?? (_numberParts.Count == 0 ? null : string.Concat(_numberParts));
        return new OrdinanceDocument
        {
            Id = _header.Id,
            Title = title,
            Kind = _header.Kind ?? KindDetector.Detect(title, number),
            Number = number,
            SourcePath = _header.SourcePath,
            Format = _header.Format,
            Articles = _articles,
            Appendices = appendices,
        };
    }

    // Orders e-Gov Nums: 54 < 54_2 < 55; a range counts by its last article.
    private static int CompareNums(string a, string b)
    {
        static int[] Parts(string num) =>
            [.. num[(num.LastIndexOf(':') + 1)..].Split('_').Select(p => int.TryParse(p, out var v) ? v : 0)];
        var x = Parts(a);
        var y = Parts(b);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            if (x[i] != y[i])
                return x[i].CompareTo(y[i]);
        }
        return x.Length.CompareTo(y.Length);
    }

    private static int MainNumber(string num)
    {
        var end = 0;
        while (end < num.Length && char.IsAsciiDigit(num[end]))
            end++;
        return end == 0 ? 0 : int.Parse(num.AsSpan(0, Math.Min(end, 9)), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Warn(ClassifiedLine line, string message, string code) =>
        _context.Diagnostics.Warning(_header.SourcePath, line.LineNumber, message, code);

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
