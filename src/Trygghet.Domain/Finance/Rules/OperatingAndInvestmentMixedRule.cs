using Trygghet.Domain.Finance;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Finance.Rules;

/// <summary>Drift och investering blandas (an allocation of one kind is funded from money of the other kind).</summary>
internal sealed class OperatingAndInvestmentMixedRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "FIN-DRIFT-INVESTERING-BLANDAS",
        Basis = FinanceBases.InvestmentReserve,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationFact>()
            .Join<AppropriationFact, string>(a => a.FundedFrom, p => p.Id, (a, p) => a.Kind != p.Kind)
            .Then((ctx, a, p) => ctx.Report(
                $"{a.Path}.fundedFrom",
                ("purpose", a.Purpose),
                ("kind", a.Kind),
                ("source", p.Id),
                ("sourceKind", p.Kind)));
}
