namespace Tenken.Core.Drafting.Planning;

/// <summary>An edit inside one segment of a cited unit: [Start, End) of the segment's text becomes Replacement.</summary>
internal sealed record UnitEdit(int Segment, int Start, int End, string Replacement, IReadOnlyList<PlannedEdit> Sources)
{
    public bool Overlaps(int segment, int start, int end) => Segment == segment && Start < end && start < End;
}
