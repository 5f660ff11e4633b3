using System.Globalization;
using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Core.Structure.Building;

/// <summary>
/// The per-document state the building steps share: where the text stands (divisions, 附則), the open article and
/// the node that takes the next line, and the units built so far. Each step keeps only its own state.
/// </summary>
internal sealed class BuildContext
{
    public BuildContext(DocumentHeader header, ReadContext read)
    {
        Header = header;
        Read = read;
        Keys = new KeyAllocator(header.Id, header.SourcePath, read);
        Appendices = new AppendixCollector(header.Id, Keys, Units);
    }

    public DocumentHeader Header { get; }

    public ReadContext Read { get; }

    public KeyAllocator Keys { get; }

    /// <summary>Articles, 様式 and 別表 in reading order.</summary>
    public List<Article> Units { get; } = [];

    public AppendixCollector Appendices { get; }

    public DivisionPath Divisions { get; } = new();

    /// <summary>1-based position of the 附則 being read; 0 in the main provision.</summary>
    public int SupplementaryIndex { get; set; }

    public string? SupplementaryLabel { get; set; }

    /// <summary>Whether the 条 (or 附則 block) of the line being added numbers its 項.</summary>
    public bool NumberedParagraphs { get; set; }

    public ArticleDraft? Article { get; set; }

    /// <summary>The 項 or 号 that takes a wrapped line or a table row; null when no article is open.</summary>
    public NodeDraft? Target { get; set; }

    /// <summary>Opens the unit that holds 項 outside any 条: a 附則 of paragraphs only, or a 本則 written without 条.</summary>
    public ArticleDraft StartUnit(ClassifiedLine line) => Article = new ArticleDraft
    {
        Num = "",
        Title = SupplementaryIndex > 0 ? "附則" : "本則",
        IsUnit = true,
        SupplementaryIndex = SupplementaryIndex,
        SupplementaryLabel = SupplementaryLabel,
        Divisions = Divisions.Headings(),
        Line = line.LineNumber,
    };

    /// <summary>Adds an unnumbered 項 after the last one of <paramref name="unit"/> and makes it the target.</summary>
    public ParagraphDraft AddParagraph(ArticleDraft unit, int line)
    {
        var paragraph = new ParagraphDraft((unit.Paragraphs.Count + 1).ToString(CultureInfo.InvariantCulture), "", line);
        unit.Paragraphs.Add(paragraph);
        Target = paragraph;
        return paragraph;
    }

    /// <summary>The node for a line that belongs to whatever is open, opening a unit and a 項 when nothing is.</summary>
    public NodeDraft EnsureTarget(ClassifiedLine line) => Target ?? AddParagraph(Article ?? StartUnit(line), line.LineNumber);

    /// <summary>Builds the open article into <see cref="Units"/>; an empty one, or a 附則 of paragraphs only unless asked for, is dropped.</summary>
    public void CloseArticle()
    {
        if (Article is not { } draft)
            return;
        Article = null;
        Target = null;
        if (draft.IsUnit && draft.SupplementaryIndex > 0 && !Read.Options.IncludeSupplementaryParagraphs)
            return;
        if (draft.Paragraphs.Count == 0)
            return;
        Units.Add(draft.Build(Header.Id, Keys.For(draft)));
    }

    public void Warn(ClassifiedLine line, string message, string code) =>
        Read.Diagnostics.Warning(Header.SourcePath, line.LineNumber, message, code);

    /// <summary>A line quoted in a diagnostic: its first 30 characters.</summary>
    public static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
