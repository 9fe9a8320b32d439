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
        Name = new("Drift och investering blandas", "Operating and investment money mixed"),
        Description = new(
            "Driftmedel och investeringsmedel hålls isär: en fördelning ska finansieras ur anslag av samma slag.",
            "Operating and investment money are kept apart: an allocation is to be funded from an appropriation of the same kind."),
        Message = new(
            "\"{purpose}\" ({kind}) finansieras ur {source} ({sourceKind}).",
            "\"{purpose}\" ({kind}) is funded from {source} ({sourceKind})."),
        Basis = FinanceBases.InvestmentReserve,
        DefaultSeverity = Severity.Error,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationFact>()
            .Join<AppropriationFact, string>(a => a.FundedFrom, p => p.Id, (a, p) => a.Kind != p.Kind)
            .Then((ctx, a, p) => ctx.Report(
                $"{a.Path}.fundedFrom",
                ("purpose", a.Purpose),
                ("kind", FinanceText.KindName(a.Kind)),
                ("source", p.Id),
                ("sourceKind", FinanceText.KindName(p.Kind))));
}
