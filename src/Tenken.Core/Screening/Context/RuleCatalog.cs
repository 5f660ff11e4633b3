using Tenken.Core.Screening.Context.Rules;
using Tenken.Core.Screening.RuleData;

namespace Tenken.Core.Screening.Context;

/// <summary>
/// The built-in context rules in the order they run: mentions first (names, penalties, definitions, 準用, delegation,
/// breaches, conditions, references), then what the sentence does (prohibition, permission, …, relief, organs),
/// then structure, then the digital route. Each rule takes its phrase lists from the <see cref="RuleBook"/>.
/// </summary>
internal static class RuleCatalog
{
    public static IReadOnlyList<ContextRule> Create(RuleBook book)
    {
        var surroundings = new CueSurroundings(book);
        return
        [
            new ExclusionRule(),
            new TitleRule(book),
            new PenaltyRule(book),
            new DefinitionRule(book),
            new MutatisRule(),
            new DelegationRule(),
            new BreachRule(book, surroundings),
            new ConditionRule(book, surroundings),
            new ReferenceRule(book),
            new ProhibitionRule(book),
            new PermissionRule(book),
            new EntryPurposeRule(book),
            new OpenMannerRule(book),
            new RetentionRule(book),
            new AttachmentRule(book),
            new ProvisoRule(),
            new ReliefRule(),
            new OrganRule(book),
            new DutyRule(),
            new DigitalRouteRule(book),
        ];
    }
}
