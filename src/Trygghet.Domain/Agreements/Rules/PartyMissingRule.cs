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
        Name = new("Part saknas", "Party missing"),
        Description = new(
            "En samverkansöverenskommelse ingås mellan en kommun och ett lokalpolisområde; båda ska anges som parter.",
            "A cooperation agreement is made between a municipality and a local police area; both must be named as parties."),
        Message = new(
            "{caseNumber} anger ingen part som är {partyKind}.",
            "{caseNumber} names no party that is a {partyKind}."),
        Basis = AgreementBases.Parties,
        DefaultSeverity = Severity.Error,
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
                        ctx.Report(FactPath.Member(a.Path, "parties"), ("caseNumber", a.CaseNumber), ("partyKind", AgreementBases.PartyKindName(kind)));
                    }
                }
            });
}
