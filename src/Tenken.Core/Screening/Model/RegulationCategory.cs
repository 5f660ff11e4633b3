namespace Tenken.Core.Screening.Model;

/// <summary>
/// The analog-regulation categories of ../DOMAIN.md: the state's seven plus storage media, then three procedural
/// kinds municipalities add. <see cref="Categories"/> maps each to its code (VISUAL, …) and Japanese name.
/// </summary>
public enum RegulationCategory
{
    Visual,
    OnsiteAudit,
    Periodic,
    Resident,
    InPersonCourse,
    Posting,
    VisitView,
    Media,
    Paper,
    Seal,
    InPerson,
}
