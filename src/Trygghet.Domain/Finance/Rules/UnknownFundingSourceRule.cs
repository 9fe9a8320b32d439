using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Okänd finansiering (an allocation names an appropriation the decision does not contain).</summary>
internal sealed class UnknownFundingSourceRule() : UnknownReferenceRule<AllocationFact, AppropriationFact>(
    new() { Id = "FIN-FINANSIERING-OKAND", Basis = FinanceBases.SetAsideTotal, Tags = ["finance", "allocation"] },
    allocation => allocation.FundedFrom,
    appropriation => appropriation.Id,
    "fundedFrom",
    allocation => [("purpose", allocation.Purpose), ("source", allocation.FundedFrom)]);
