using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Okänd finansiering (an allocation names an appropriation the decision does not contain).</summary>
internal sealed class UnknownFundingSourceRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-FINANSIERING-OKAND",
        Basis = FinanceBases.SetAsideTotal,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationFact>()
            .NotExists<AppropriationFact, string>(a => a.FundedFrom, p => p.Id)
            .Then((ctx, a) => ctx.Report($"{a.Path}.fundedFrom", ("purpose", a.Purpose), ("source", a.FundedFrom)));
}
