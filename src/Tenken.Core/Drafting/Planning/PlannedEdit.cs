using Tenken.Core.Drafting.Patterns;
using Tenken.Core.Screening.Model;

namespace Tenken.Core.Drafting.Planning;

/// <summary>A change a pattern proposes at [Start, End) of the article text, for a finding of <see cref="Category"/>.</summary>
internal sealed record PlannedEdit(int Start, int End, string Replacement, DraftPattern Pattern, RegulationCategory Category)
{
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
