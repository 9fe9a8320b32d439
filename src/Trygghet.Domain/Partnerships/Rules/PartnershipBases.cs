using Trygghet.Domain.Common;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>Grunder för IOP-reglerna (the documentary basis the partnership rules cite).</summary>
internal static class PartnershipBases
{
    /// <summary>Trygghetsutskottet Upplands-Bro 2020-11-20 § 36: what an IOP proposal is to state; IOP is not regulated in law.</summary>
    public static LegalBasis TermsOfAgreement { get; } = LegalBasis.Documentary(new LocalizedText(
        "Trygghetsutskottet Upplands-Bro 2020-11-20 § 36 (KS 20/0726): förslag \"avseende innehåll, ansvar för uppföljning av partnerskapet, partnerskapets giltighetstid, finansiering\"; IOP är inte lagreglerat",
        "Safety Committee of Upplands-Bro 2020-11-20 s. 36 (KS 20/0726): a proposal on content, follow-up responsibility, validity and financing; IOP is not regulated in law"));
}
