using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>SOK-UNDERTECKNARE-SAKNAS: no one signs a cooperation agreement for one of the parties.</summary>
internal sealed class SignatoryMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-UNDERTECKNARE-SAKNAS",
        Basis = AgreementBases.Signatories,
        Tags = ["agreement", "signatories"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AgreementFact>()
            .Then((ctx, a) =>
            {
                foreach (var kind in Enum.GetValues<PartyKind>())
                {
                    if (!a.SignatoryKinds.Contains(kind))
                    {
                        ctx.Report(JsonPath.Member(a.Path, "signatories"), ("caseNumber", a.CaseNumber), ("partyKind", kind));
                    }
                }
            });
}
