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
        Name = new("Okänd finansiering", "Unknown funding source"),
        Description = new(
            "Varje fördelning ska finansieras ur ett anslag som beslutet anger.",
            "Every allocation is to be funded from an appropriation the decision names."),
        Message = new(
            "\"{purpose}\" finansieras ur {source}, som inte finns bland anslagen.",
            "\"{purpose}\" is funded from {source}, which is not among the appropriations."),
        Basis = FinanceBases.SetAsideTotal,
        DefaultSeverity = Severity.Error,
        Tags = ["finance", "allocation"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AllocationFact>()
            .NotExists<AppropriationFact, string>(a => a.FundedFrom, p => p.Id)
            .Then((ctx, a) => ctx.Report($"{a.Path}.fundedFrom", ("purpose", a.Purpose), ("source", a.FundedFrom)));
}
