using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>SOK-PART-SAKNAS: a cooperation agreement names no municipality, or no local police area.</summary>
internal sealed class PartyMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-PART-SAKNAS",
        Basis = AgreementBases.Parties,
        Tags = ["agreement", "parties"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AgreementFact>()
            .Then((ctx, a) =>
            {
                foreach (var kind in Enum.GetValues<PartyKind>())
                {
                    if (!a.PartyKinds.Contains(kind))
                    {
                        ctx.Report(JsonPath.Member(a.Path, "parties"), ("caseNumber", a.CaseNumber), ("partyKind", kind));
                    }
                }
            });
}
