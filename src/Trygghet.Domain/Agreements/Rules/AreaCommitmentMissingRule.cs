using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Agreements.Rules;

/// <summary>
/// SOK-OMRADE-ATAGANDE-SAKNAS: a samverkansområde (or a topic of one) has no commitment for one of the parties,
/// neither in its "Åtaganden för respektive part" nor, for a whole area, through a measure it is responsible for.
/// </summary>
internal sealed class AreaCommitmentMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "SOK-OMRADE-ATAGANDE-SAKNAS",
        Basis = AgreementBases.AreaCommitments,
        Tags = ["agreement", "areas"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AreaFact>(a => a.CommittedParties.Count < 2)
            .Then((ctx, a) =>
            {
                foreach (var kind in Enum.GetValues<PartyKind>())
                {
                    if (!a.CommittedParties.Contains(kind))
                    {
                        object party = (kind == PartyKind.Municipality ? a.MunicipalityName : a.PoliceAreaName) ?? (object)kind;
                        ctx.Report(JsonPath.Member(a.Path, "commitments"), ("area", a.Area), ("title", a.Title), ("party", party), ("partyKind", kind));
                    }
                }
            });
}
