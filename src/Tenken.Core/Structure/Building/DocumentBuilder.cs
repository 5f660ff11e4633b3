using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// Builds the article tree from classified lines, the parser's second phase. Each line goes to the step of the part
/// it stands in: the head (<see cref="HeadStep"/>: title, number, 前文), the 目次 (<see cref="ContentsStep"/>, skipped),
/// the body (divisions, 見出し, 条, 項, 号, wrapped lines and table rows, 附則) and the appended blocks
/// (<see cref="AppendixStep"/>: 別表 and 様式 become units of their own). The steps share one
/// <see cref="BuildContext"/> and keep only their own state.
/// </summary>
internal sealed class DocumentBuilder
{
    private enum Phase { Head, Contents, Body, Appendix }

    private readonly BuildContext _context;
    private readonly HeadStep _head;
    private readonly ContentsStep _contents = new();
    private readonly CaptionStep _captions;
    private readonly ArticleStep _articles;
    private readonly ParagraphStep _paragraphs;
    private readonly ItemStep _items;
    private readonly TextStep _text;
    private readonly SupplementaryStep _supplementary;
    private readonly AppendixStep _appendices;
    private Phase _phase = Phase.Head;

    private DocumentBuilder(DocumentHeader header, ReadContext read)
    {
        _context = new BuildContext(header, read);
        _head = new HeadStep(_context);
        _captions = new CaptionStep(_context);
        _articles = new ArticleStep(_context, _captions);
        _paragraphs = new ParagraphStep(_context, _captions);
        _items = new ItemStep(_context);
        _text = new TextStep(_context, _paragraphs);
        _supplementary = new SupplementaryStep(_context, _captions, _articles);
        _appendices = new AppendixStep(_context, _captions, _articles);
    }

    public static OrdinanceDocument Build(DocumentHeader header, IReadOnlyList<ClassifiedLine> lines, ReadContext read)
    {
        var builder = new DocumentBuilder(header, read);
        var numbered = ParagraphNumbering.Of(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            builder._context.NumberedParagraphs = numbered[i];
            builder.Add(lines[i]);
        }
        return builder.Finish();
    }

    private void Add(ClassifiedLine line)
    {
        if (line.Kind is LineKind.Blank or LineKind.Ignore)
            return;
        var taken = _phase switch
        {
            Phase.Head => TakeHead(line),
            Phase.Contents => !_contents.Ends(line),
            Phase.Appendix => _appendices.Take(line),
            _ => false,
        };
        if (taken)
            return;
        _phase = Phase.Body;
        AddToBody(line);
    }

    private bool TakeHead(ClassifiedLine line)
    {
        if (line.Kind != LineKind.TableOfContents)
            return _head.Take(line);
        _phase = Phase.Contents;
        return true;
    }

    private void AddToBody(ClassifiedLine line)
    {
        if (_supplementary.TakeNumber(line))
            return;
        switch (line.Kind)
        {
            case LineKind.Division:
                _captions.Flush(standingAlone: true);
                _context.CloseArticle();
                _context.Divisions.Enter(line.Level, line.Text);
                _captions.EndRun();
                return;
            case LineKind.Caption:
                _captions.Hold(line);
                return;
            case LineKind.Article when _articles.LooksLikeTableRow(line):
                _captions.Flush();
                _text.Add(line with { Kind = LineKind.Text });
                return;
            case LineKind.Article:
                _articles.Start(line);
                return;
            case LineKind.Paragraph:
                _paragraphs.Start(line);
                return;
            case LineKind.Item:
                _captions.Flush();
                _items.Add(line);
                return;
            case LineKind.Supplementary:
                _supplementary.Start(line);
                return;
            case LineKind.Appendix:
                _appendices.Open(line);
                _phase = Phase.Appendix;
                return;
            case LineKind.TableRow:
                _captions.Flush();
                _text.AddRow(line);
                return;
            default:
                if (line.Kind == LineKind.Title)
                    _context.Warn(line, $"本文の途中に例規名のような行があります: {BuildContext.Short(line.Text)}（本文として扱いました）", "TK2006");
                _captions.Flush();
                _text.Add(line);
                return;
        }
    }

    private OrdinanceDocument Finish()
    {
        _captions.Flush(standingAlone: true);
        _context.CloseArticle();
        var header = _context.Header;
        // Closing the last block may add a 様式 or 別表 unit to the articles.
        var appendices = _context.Appendices.Build(_head.Preamble());
        var title = header.Title ?? _head.Title ?? header.Id;
        var number = header.Number ?? _head.Number;
        return new OrdinanceDocument
        {
            Id = header.Id,
            Title = title,
            Kind = header.Kind ?? KindDetector.Detect(title, number),
            Number = number,
            SourcePath = header.SourcePath,
            Format = header.Format,
            Articles = _context.Units,
            Appendices = appendices,
        };
    }
}
