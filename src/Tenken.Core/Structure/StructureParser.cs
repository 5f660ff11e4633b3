using Tenken.Core.Documents;
using Tenken.Core.Reading;

namespace Tenken.Core.Structure;

/// <summary>
/// The structure parser shared by every line-based reader: classifies each line (title, number, 編章節款目,
/// 見出し, 条, 項, 号, イロハ, 附則, 別表/様式 …), then builds the article tree. Never throws for bad text:
/// what it cannot place becomes a diagnostic with the line number.
/// </summary>
public static class StructureParser
{
    public static OrdinanceDocument Parse(DocumentHeader header, IReadOnlyList<SourceLine> lines, ReadContext context) =>
        throw new NotImplementedException("structure parser: being written (issue 2)");
}
