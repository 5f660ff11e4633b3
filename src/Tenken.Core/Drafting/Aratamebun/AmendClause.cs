using Tenken.Core.Drafting.Units;

namespace Tenken.Core.Drafting.Aratamebun;

/// <summary>The changes a 改め文 makes in one cited unit (…中「X」を「Y」に改め), in the order written.</summary>
public sealed record AmendClause(UnitPath Target, IReadOnlyList<TextChange> Changes);
