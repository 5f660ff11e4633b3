using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Structure.Building;

namespace Tenken.Core.Structure;

/// <summary>
/// The structure parser shared by every line-based reader: classifies each line (title, number, 編章節款目,
/// 見出し, 条, 項, 号, イロハ, 附則, 別表/様式 …), then builds the article tree. Never throws for bad text:
/// what it cannot place becomes a diagnostic with the line number. The document may have no articles; the
/// reader decides what to tell the user then.
/// </summary>
public static class StructureParser
{
    public static OrdinanceDocument Parse(DocumentHeader header, IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        var classified = new ClassifiedLine[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            classified[i] = LineClassifier.Classify(lines[i]);
        }
        var numbered = NumberedSegments(classified);
        var builder = new DocumentBuilder(header, context);
        for (var i = 0; i < classified.Length; i++)
            builder.Add(classified[i], numbered[i]);
        return builder.Build();
    }

    // For each line: does the 条 (or 附則 block) it belongs to number its 項? There an unnumbered line is a
    // wrapped continuation; elsewhere (old style) it may start a new 項.
    private static bool[] NumberedSegments(ClassifiedLine[] lines)
    {
        var result = new bool[lines.Length];
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && (i == start || lines[i].Kind is not (LineKind.Article or LineKind.Supplementary or LineKind.Division or LineKind.Appendix)))
                continue;
            var numbered = false;
            for (var j = start; j < i; j++)
                numbered |= lines[j].Kind == LineKind.Paragraph && lines[j].Label.Length > 0;
            for (var j = start; j < i; j++)
                result[j] = numbered;
            start = i;
        }
        return result;
    }
}
