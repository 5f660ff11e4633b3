using Tenken.Core.Documents;
using Tenken.Core.Reading;
using Tenken.Core.Structure.Building;

namespace Tenken.Core.Structure;

/// <summary>
/// The structure parser shared by every line-based reader, in two phases: classifies each line on its own (title,
/// number, 編章節款目, 見出し, 条, 項, 号, イロハ, 附則, 別表/様式 …), then builds the article tree from the classified
/// lines (<see cref="DocumentBuilder"/>, one small step per part of a document). Never throws for bad text:
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
        return DocumentBuilder.Build(header, classified, context);
    }
}
