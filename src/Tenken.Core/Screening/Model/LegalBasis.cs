namespace Tenken.Core.Screening.Model;

/// <summary>
/// 規制根拠の分類: (a) the rule rests on a national law, (b) it is the municipality's own; with the citation found
/// in the text (e.g. 道路交通法第二条第一項), empty when none.
/// </summary>
public sealed record LegalBasis(LegalBasisKind Kind, string Citation);

/// <summary>(a) national law, (b) the municipality's own rule, or unknown.</summary>
public enum LegalBasisKind
{
    Unknown,
    NationalLaw,
    OwnRule,
}
