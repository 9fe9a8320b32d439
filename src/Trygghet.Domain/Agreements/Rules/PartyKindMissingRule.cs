using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// Part saknas (a cooperation agreement lacks one of the two parties, the municipality and the local police area,
/// among its parties or among those who sign it). One rule class, one instance per list.
/// </summary>
internal sealed class PartyKindMissingRule(RuleMetadata metadata, string member, Func<AgreementFact, EquatableArray<PartyKind>> kinds)
    : DeclaredRule(metadata)
{
    /// <summary>SOK-PART-SAKNAS: the agreement names no municipality, or no local police area.</summary>
    public static PartyKindMissingRule Parties { get; } = new(
        new() { Id = "SOK-PART-SAKNAS", Basis = AgreementBases.Parties, Tags = ["agreement", "parties"] }, "parties", a => a.PartyKinds);

    /// <summary>SOK-UNDERTECKNARE-SAKNAS: no one signs the agreement for one of the parties.</summary>
    public static PartyKindMissingRule Signatories { get; } = new(
        new() { Id = "SOK-UNDERTECKNARE-SAKNAS", Basis = AgreementBases.Signatories, Tags = ["agreement", "signatories"] }, "signatories", a => a.SignatoryKinds);

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AgreementFact>()
            .Then((ctx, a) =>
            {
                var present = kinds(a);
                foreach (var kind in Enum.GetValues<PartyKind>())
                {
                    if (!present.Contains(kind))
                    {
                        ctx.Report(JsonPath.Member(a.Path, member), ("caseNumber", a.CaseNumber), ("partyKind", kind));
                    }
                }
            });
}
