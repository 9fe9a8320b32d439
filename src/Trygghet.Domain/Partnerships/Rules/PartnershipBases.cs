using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>
/// Grunder för IOP-reglerna (the basis of the partnership rules): IOP is not regulated in law, so its terms are
/// what the validated partnership itself states.
/// </summary>
internal static class PartnershipBases
{
    /// <summary>The partnership's own terms.</summary>
    public static LegalBasis TermsOfAgreement { get; } = LegalBasis.Document(new LocalizedText(
        "partnerskapets villkor (IOP är inte lagreglerat)", "the partnership's terms (IOP is not regulated in law)"));
}
