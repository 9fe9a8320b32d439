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
        Name = new("Undertecknare saknas", "Signatory missing"),
        Description = new(
            "Överenskommelsen undertecknas för kommunen (kommundirektören) och för polisen (lokalpolisområdeschefen).",
            "The agreement is signed for the municipality (the municipal director) and for the police (the head of the local police area)."),
        Message = new(
            "{caseNumber} saknar undertecknare för parten som är {partyKind}.",
            "{caseNumber} has no signatory for the party that is a {partyKind}."),
        Basis = AgreementBases.Signatories,
        DefaultSeverity = Severity.Error,
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
                        ctx.Report(FactPath.Member(a.Path, "signatories"), ("caseNumber", a.CaseNumber), ("partyKind", AgreementBases.PartyKindName(kind)));
                    }
                }
            });
}
